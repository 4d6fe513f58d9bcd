data = {
    "k": [1, 2,

stack = [1, 2]
stack.append(3)
print(stack)
stack.push(4)

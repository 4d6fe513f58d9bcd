class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, *values):
        self.head = None
        self.size = 0
        for v in reversed(values):
            self.push(v)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList(" + " -> ".join(map(repr, self)) + ")"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
ll = LinkedList(1, 2, 3)
ll.push(0)
print(ll, len(ll), list(ll), 2 in ll, sum(ll))
ll.reverse()
print(ll)
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def __bool__(self):
        return bool(self._items)
st = Stack().push(1).push(2).push(3)
print(st.peek(), st.pop(), st.pop(), bool(st), st.pop(), bool(st))
try:
    st.pop()
except IndexError as e:
    print("IndexError:", e)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = Stack()
    for c in s:
        if c in "([{":
            stack.push(c)
        elif c in pairs:
            if not stack or stack.pop() != pairs[c]:
                return False
    return not stack
print([balanced(s) for s in ["()", "([]{})", "(]", "((", "", "a(b)c"]])
class Tree:
    def __init__(self):
        self.root = None
    def insert(self, v):
        def ins(node):
            if node is None:
                return [v, None, None]
            if v < node[0]:
                node[1] = ins(node[1])
            else:
                node[2] = ins(node[2])
            return node
        self.root = ins(self.root)
    def inorder(self):
        def walk(node):
            if node:
                yield from walk(node[1])
                yield node[0]
                yield from walk(node[2])
        return list(walk(self.root))
t = Tree()
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(v)
print(t.inorder())

package org.ember.examples;

import org.ember.api.Interpreter;
import org.ember.api.PyException;
import org.ember.api.PyObject;

/**
 * Embedding Ember in plain Java: pass a value in, evaluate an expression, define a Python
 * function and call it from Java, and handle an exception raised in Python.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {}

    /** Prints what each step produced. */
    public static void main(String[] args) {
        try (Interpreter py = Interpreter.create()) {
            // Java values become Python values: a String is a str.
            py.set("name", "Ember");
            PyObject greeting = py.eval("f'Hello, {name}!'");
            System.out.println(greeting.asString());

            // Define a function in Python, call it from Java with Java arguments.
            py.exec("def area(width, height, scale):\n"
                    + "    return width * height * scale\n");
            long area = py.call("area", 3, 4, 2).asLong();
            System.out.println("area = " + area);

            // Python containers come back as Java collections.
            PyObject squares = py.eval("[n * n for n in range(5)]");
            System.out.println("squares = " + squares.toJava());

            // A Python exception reaches Java as a PyException, with its Python traceback.
            try {
                py.exec("def check(age):\n"
                        + "    if age < 0:\n"
                        + "        raise ValueError(f'age must be >= 0, got {age}')\n"
                        + "    return age\n"
                        + "\n"
                        + "check(-1)\n", "validation.py");
            } catch (PyException e) {
                System.out.println("caught " + e.pythonType() + ": " + e.pythonMessage());
                System.out.print(e.pythonTraceback());
            }
        }
    }
}

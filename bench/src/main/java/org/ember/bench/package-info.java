/**
 * JMH benchmarks of the embedding path (creating an interpreter, evaluating, calling Python
 * from Java), built into {@code bench/target/benchmarks.jar}. Uses {@code org.ember.api} only.
 * The Python benchmark programs and their runner (ratios against {@code python3}) come later.
 */
package org.ember.bench;

/**
 * Evaluations and benchmarks against development data and synthetic corpora, run by the scripts in src/eval; not
 * part of the product. The sources live in src/eval/java, outside src/main/java: the shipped jar
 * (target/crosscheck.jar) does not contain them, and nothing in the product may use them (PackageOrderTest). They
 * may import every package. {@code mvn -Peval -Dmaven.test.skip=true package} compiles them into
 * target/eval-classes, and the scripts run them with {@code java -cp target/crosscheck.jar:target/eval-classes
 * crosscheck.eval.X}; the tests compile them too (so a change to a stage that breaks them fails {@code mvn test}),
 * and use {@link crosscheck.eval.SyntheticCorpus}.
 */
package crosscheck.eval;

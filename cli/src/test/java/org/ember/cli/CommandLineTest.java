package org.ember.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The option parser alone: what python3 would make of the same command lines. */
class CommandLineTest {

    private static CommandLine parse(String... args) throws UsageException {
        return CommandLine.parse(args);
    }

    @Nested
    class Programs {
        @Test
        void aFileEndsTheOptionsAndKeepsTheRestForTheProgram() throws Exception {
            CommandLine cmd = parse("-u", "script.py", "-c", "x", "--version");
            assertThat(cmd.mode).isEqualTo(CommandLine.Mode.SCRIPT);
            assertThat(cmd.target).isEqualTo("script.py");
            assertThat(cmd.programArgs).containsExactly("-c", "x", "--version");
            assertThat(cmd.version).isFalse();
        }

        @Test
        void dashCTakesTheNextArgumentOrTheRestOfTheCluster() throws Exception {
            CommandLine separate = parse("-c", "print(1)", "a");
            assertThat(separate.mode).isEqualTo(CommandLine.Mode.COMMAND);
            assertThat(separate.target).isEqualTo("print(1)");
            assertThat(separate.programArgs).containsExactly("a");

            CommandLine clustered = parse("-qcprint(2)", "b");
            assertThat(clustered.quiet).isTrue();
            assertThat(clustered.target).isEqualTo("print(2)");
            assertThat(clustered.programArgs).containsExactly("b");
        }

        @Test
        void dashM() throws Exception {
            CommandLine cmd = parse("-m", "pkg.mod", "x");
            assertThat(cmd.mode).isEqualTo(CommandLine.Mode.MODULE);
            assertThat(cmd.target).isEqualTo("pkg.mod");
            assertThat(cmd.programArgs).containsExactly("x");
        }

        @Test
        void aLoneDashIsStandardInput() throws Exception {
            CommandLine cmd = parse("-", "a", "b");
            assertThat(cmd.mode).isEqualTo(CommandLine.Mode.STDIN);
            assertThat(cmd.programArgs).containsExactly("a", "b");
        }

        @Test
        void doubleDashMakesTheNextWordAFileEvenIfItLooksLikeAnOption() throws Exception {
            CommandLine cmd = parse("--", "-c", "z");
            assertThat(cmd.mode).isEqualTo(CommandLine.Mode.SCRIPT);
            assertThat(cmd.target).isEqualTo("-c");
            assertThat(cmd.programArgs).containsExactly("z");
        }

        @Test
        void nothingNamedMeansReplOrStdin() throws Exception {
            CommandLine cmd = parse("-i");
            assertThat(cmd.mode).isEqualTo(CommandLine.Mode.NONE);
            assertThat(cmd.inspect).isTrue();
            assertThat(cmd.programArgs).isEmpty();
        }
    }

    @Nested
    class Options {
        @Test
        void xOptionsKeepOrderAndBareFlagsAreNull() throws Exception {
            CommandLine cmd = parse("-X", "jit=off", "-Xtrace", "-X", "a=b=c", "-c", "pass");
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("jit", "off");
            expected.put("trace", null);
            expected.put("a", "b=c");
            assertThat(cmd.xOptions).containsExactlyEntriesOf(expected);
        }

        @Test
        void versionAndHelpInEveryForm() throws Exception {
            for (List<String> form : List.of(List.of("-V"), List.of("--version"), List.of("-VV"))) {
                assertThat(parse(form.toArray(new String[0])).version).as(form.toString()).isTrue();
            }
            for (List<String> form : List.of(List.of("-h"), List.of("--help"), List.of("-?"))) {
                assertThat(parse(form.toArray(new String[0])).help).as(form.toString()).isTrue();
            }
        }

        @Test
        void compatibilityFlagsAreAccepted() throws Exception {
            CommandLine cmd = parse("-u", "-B", "-E", "-s", "-S", "-uBq", "-c", "pass");
            assertThat(cmd.quiet).isTrue();
            assertThat(cmd.mode).isEqualTo(CommandLine.Mode.COMMAND);
        }
    }

    @Nested
    class Errors {
        @Test
        void unknownShortOptionUsesCPythonsWording() {
            assertThatThrownBy(() -> parse("-Q")).isInstanceOf(UsageException.class)
                    .hasMessage("Unknown option: -Q");
            assertThatThrownBy(() -> parse("-uQ")).hasMessage("Unknown option: -Q");
        }

        @Test
        void unknownLongOption() {
            assertThatThrownBy(() -> parse("--frobnicate")).hasMessage("unknown option --frobnicate");
        }

        @Test
        void missingArgument() {
            assertThatThrownBy(() -> parse("-c")).hasMessage("Argument expected for the -c option");
            assertThatThrownBy(() -> parse("-m")).hasMessage("Argument expected for the -m option");
            assertThatThrownBy(() -> parse("-X")).hasMessage("Argument expected for the -X option");
        }
    }
}

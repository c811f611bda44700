package dev.launchdesk.insight.rca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RcaEvaluationCommandTest {

    @Test
    void printsARowPerNoiseLevelAndLayerAndTheTotals() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RcaEvaluationCommand.Options options = RcaEvaluationCommand.Options.parse(
                "--cases", "1", "--dims", "5,4,3", "--noise", "0.05,0.2", "--seed", "3");

        RcaEvaluationCommand.printAccuracy(new PrintStream(bytes, true, StandardCharsets.UTF_8), options);

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).contains("1 cases per cell", "[5, 4, 3]", "seed 3");
        assertThat(lines.get(1)).isEqualTo("noise  layer  1 root cause  2 root causes  3 root causes");
        assertThat(lines.subList(2, 8)).allMatch(line -> line.matches(" 0\\.(05|20)\\s+[123](\\s+[01]\\.\\d{3}){3}"));
        assertThat(lines.get(8)).startsWith("noise 0.05: F1 ");
        assertThat(lines.get(10)).startsWith("all:       F1 ");
        assertThat(lines.get(11)).startsWith("18 cases in ");
    }

    @Test
    void defaultsToTheRiskLocSDimensionsAndThreeNoiseLevels() {
        RcaEvaluationCommand.Options options = RcaEvaluationCommand.Options.parse();

        assertThat(options.dimensions()).isEqualTo(SyntheticCases.RISKLOC_S_DIMENSIONS);
        assertThat(options.noiseLevels()).containsExactly(0.05, 0.1, 0.2);
        assertThat(options.cases()).isEqualTo(20);
        assertThat(options.timingRuns()).isEqualTo(30);
    }

    @Test
    void rejectsAnUnknownOrIncompleteOption() {
        assertThatIllegalArgumentException().isThrownBy(() -> RcaEvaluationCommand.Options.parse("--case", "3"))
                .withMessageContaining("--cases N");
        assertThatIllegalArgumentException().isThrownBy(() -> RcaEvaluationCommand.Options.parse("--cases"));
    }
}

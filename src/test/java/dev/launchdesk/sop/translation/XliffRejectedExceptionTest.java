package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.launchdesk.sop.translation.ImportProblem.Kind;

/** The rejection message names where each problem is and shows at most five, counting the rest. */
class XliffRejectedExceptionTest {

    @Test
    void aProblemNamesItsLineColumnAndUnitWhenKnown() {
        assertThat(new ImportProblem(Kind.UNKNOWN_UNIT, "a.p9", 12, 7, "no such unit")).hasToString("line 12, column 7: unit a.p9: no such unit");
        assertThat(new ImportProblem(Kind.MALFORMED_XML, null, 1, 1, "bad")).hasToString("line 1, column 1: bad");
        assertThat(new ImportProblem(Kind.MALFORMED_XML, null, 3, 0, "bad")).hasToString("line 3: bad");
        assertThat(new ImportProblem(Kind.NOT_XLIFF, null, 0, 0, "not XLIFF")).hasToString("not XLIFF");
    }

    @Test
    void theMessageShowsFiveProblemsAndCountsTheRest() {
        assertThat(rejected(5).getMessage()).isEqualTo("XLIFF file rejected, nothing imported: "
                + "unit u1: p1; unit u2: p2; unit u3: p3; unit u4: p4; unit u5: p5");
        assertThat(rejected(6).getMessage()).endsWith("unit u5: p5; and 1 more");
        assertThat(rejected(8).getMessage()).endsWith("unit u5: p5; and 3 more");
        assertThat(rejected(8).problems()).hasSize(8);
    }

    private static XliffRejectedException rejected(int problems) {
        return new XliffRejectedException(IntStream.rangeClosed(1, problems)
                .mapToObj(i -> new ImportProblem(Kind.UNKNOWN_UNIT, "u" + i, 0, 0, "p" + i)).toList());
    }
}

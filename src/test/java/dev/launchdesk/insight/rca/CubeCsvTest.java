package dev.launchdesk.insight.rca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CubeCsvTest {

    private static Cube read(String csv) {
        return CubeCsv.read(new StringReader(csv));
    }

    private static CubeFormatException failureOf(String csv) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> read(csv));
        assertThat(thrown).isInstanceOf(CubeFormatException.class);
        return (CubeFormatException) thrown;
    }

    @Test
    void readsDimensionColumnsWhereverRealAndPredictStand() {
        Cube cube = read("""
                real,market,predict,category
                130,ID,62.5,Refund
                40,"TH, North",41,"Refund"
                """);

        assertThat(cube.dimensions()).containsExactly("market", "category");
        assertThat(cube.leaves()).containsExactly(
                new Leaf(List.of("ID", "Refund"), 130, 62.5),
                new Leaf(List.of("TH, North", "Refund"), 40, 41));
    }

    @Test
    void readsTheSqueezeBenchmarkLayoutWithABom() {
        Cube cube = read("\uFEFFa,b,c,d,real,predict\na1,b1,c1,d1,0.0,0.0\na1,b1,c1,d2,1e3,999.5\n");

        assertThat(cube.dimensions()).containsExactly("a", "b", "c", "d");
        assertThat(cube.leaf(1)).isEqualTo(new Leaf(List.of("a1", "b1", "c1", "d2"), 1000, 999.5));
    }

    @Test
    void namesTheRowAndColumnOfANonNumericValue() {
        CubeFormatException e = failureOf("market,real,predict\nID,12,10\nTH,twelve,10\n");

        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("real");
        assertThat(e).hasMessage("row 3, column 'real': not a number: 'twelve'");
    }

    @Test
    void rejectsAnEmptyNumber() {
        CubeFormatException e = failureOf("market,real,predict\nID,12,\n");

        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("predict");
    }

    @Test
    void rejectsNonFiniteAndNegativeNumbers() {
        assertThat(failureOf("m,real,predict\nID,NaN,1\n").reason()).contains("not a finite number");
        assertThat(failureOf("m,real,predict\nID,1,Infinity\n").column()).isEqualTo("predict");
        CubeFormatException negative = failureOf("m,real,predict\nID,1,2\nTH,-3,2\n");
        assertThat(negative).hasMessage("row 3, column 'real': must not be negative: '-3'");
    }

    @Test
    void namesTheMissingRealColumn() {
        CubeFormatException e = failureOf("market,actual,predict\nID,12,10\n");

        assertThat(e.row()).isEqualTo(1);
        assertThat(e.column()).isEqualTo("real");
        assertThat(e.reason()).contains("missing column");
    }

    @Test
    void namesTheMissingPredictColumn() {
        CubeFormatException e = failureOf("market,real,forecast\nID,12,10\n");

        assertThat(e.row()).isEqualTo(1);
        assertThat(e.column()).isEqualTo("predict");
    }

    @Test
    void rejectsAnEmptyFile() {
        CubeFormatException e = failureOf("");

        assertThat(e.row()).isEqualTo(1);
        assertThat(e.column()).isNull();
        assertThat(e.reason()).contains("empty");
    }

    @Test
    void rejectsAHeaderWithoutLeaves() {
        CubeFormatException e = failureOf("market,real,predict\n");

        assertThat(e.row()).isEqualTo(2);
        assertThat(e.reason()).contains("no leaf rows");
    }

    @Test
    void rejectsARowWithTooFewFields() {
        CubeFormatException e = failureOf("market,category,real,predict\nID,Refund,1,2\nTH,3,4\n");

        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isNull();
        assertThat(e).hasMessage("row 3: expected 4 fields as in the header, found 3");
    }

    @Test
    void rejectsARowWithTooManyFields() {
        CubeFormatException e = failureOf("market,real,predict\nID,1,2,extra\n");

        assertThat(e.row()).isEqualTo(2);
        assertThat(e.reason()).contains("found 4");
    }

    @Test
    void countsRowsByLineEvenAfterAQuotedLineBreak() {
        CubeFormatException e = failureOf("market,real,predict\n\"North\nID\",1,2\nTH,x,2\n");

        assertThat(e.row()).isEqualTo(4);
    }

    @Test
    void rejectsAHeaderWithoutDimensionColumns() {
        CubeFormatException e = failureOf("real,predict\n1,2\n");

        assertThat(e.row()).isEqualTo(1);
        assertThat(e.reason()).contains("dimension columns");
    }

    @Test
    void rejectsDuplicateAndUnnamedColumns() {
        assertThat(failureOf("market,market,real,predict\nID,ID,1,2\n").column()).isEqualTo("market");
        assertThat(failureOf("market,,real,predict\nID,x,1,2\n").column()).isEqualTo("#2");
    }

    @Test
    void rejectsAnUnclosedQuoteAsARaggedRow() {
        assertThatThrownBy(() -> read("market,real,predict\n\"ID,1,2\n"))
                .isInstanceOf(CubeFormatException.class)
                .hasMessage("row 2: expected 3 fields as in the header, found 1");
    }
}

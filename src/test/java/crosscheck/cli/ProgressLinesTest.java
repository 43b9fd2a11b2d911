package crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a build's progress prints: a live line on a terminal, plain lines elsewhere. */
class ProgressLinesTest {
    private final StringWriter err = new StringWriter();
    private final PrintWriter writer = new PrintWriter(err, true);

    private void runStage(crosscheck.core.Progress progress) {
        progress.start("clean");
        for (int done = 1; done <= 3; done++) progress.advanced("clean", done, 3);
        progress.done("clean", 3, "articles", Duration.ofMillis(12));
    }

    @Test
    void theLiveLineIsRedrawnInPlaceAndClearedWhenTheStageEnds() {
        runStage(new LiveProgress(writer, false));
        String printed = err.toString();
        assertTrue(printed.contains("\r\u001b[Kclean    [####################] 3/3"), printed);
        assertTrue(printed.endsWith("\r\u001b[K"), "nothing stays on the screen: " + printed);
        assertTrue(!printed.contains("\n"), "never a new line: " + printed);
    }

    @Test
    void verboseOnATerminalLeavesEachStageItsLine() {
        LiveProgress live = new LiveProgress(writer, true);
        runStage(live);
        live.close();
        assertTrue(err.toString().endsWith("\r\u001b[Kclean         3 articles   12 ms" + System.lineSeparator()),
                err.toString());
    }

    @Test
    void plainLinesSayHowFarALongStageIsAndNothingOfAShortOne() {
        runStage(new PlainProgress(writer, false));
        assertEquals("", err.toString(), "a stage shorter than " + PlainProgress.EVERY + " prints nothing");

        runStage(new PlainProgress(writer, false, Duration.ZERO));
        String[] lines = err.toString().split("\\R");
        assertEquals(2, lines.length, err.toString());
        assertTrue(lines[0].matches("clean    1/3 after \\d+\\.\\d s"), lines[0]);
        assertTrue(lines[1].matches("clean    2/3 after \\d+\\.\\d s"), "the last item needs no line: " + lines[1]);
    }

    @Test
    void plainAndVerboseAlsoEndsEachStageWithItsCountAndTime() {
        runStage(new PlainProgress(writer, true));
        assertEquals("clean         3 articles   12 ms" + System.lineSeparator(), err.toString());
    }
}

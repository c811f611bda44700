package dev.launchdesk.sop.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh machine has no fonts: the handbook is rendered in a JVM that sees an empty {@code /usr/share/fonts} (a
 * private mount namespace, {@code unshare -m}) and a fontconfig without fonts, and still comes out with Thai in
 * the application's own Noto fonts.
 */
class HandbookWithoutSystemFontsTest {

    @Test
    void aThaiHandbookNeedsNoSystemFont(@TempDir Path dir) throws Exception {
        assumeTrue(System.getProperty("os.name").equals("Linux"), "Skipped: hides the system fonts with a Linux mount namespace");
        boolean systemFonts = Files.isDirectory(Path.of("/usr/share/fonts"));
        assumeTrue(!systemFonts || canHideSystemFonts(dir),
                "Skipped: hiding /usr/share/fonts needs unshare -m and mount (util-linux) as root");
        Path emptyFonts = Files.createDirectories(dir.resolve("no-fonts"));
        Path fontconfig = Files.writeString(dir.resolve("fonts.conf"),
                "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig><dir>" + emptyFonts + "</dir><cachedir>"
                        + dir.resolve("fc-cache") + "</cachedir></fontconfig>");
        Path pdf = dir.resolve("handbook.pdf");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = (systemFonts ? "mount --bind '" + emptyFonts + "' /usr/share/fonts && " : "") + "exec '" + java + "' -Djava.awt.headless=true -cp \"$CP\" "
                + WriteSampleHandbookPdf.class.getName() + " '" + pdf + "'";
        // a machine without system fonts (a bare container) needs no namespace to hide them
        List<String> command = systemFonts ? List.of("unshare", "-m", "--propagation", "private", "sh", "-c", script) : List.of("sh", "-c", script);
        ProcessBuilder child = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        child.environment().put("CP", System.getProperty("java.class.path"));
        child.environment().put("FONTCONFIG_FILE", fontconfig.toString());
        Process process = child.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8)).isZero();

        PdfPages pages = new PdfPages(Files.readAllBytes(pdf));
        String all = String.join("", pages.texts);
        assertThat(all).contains("การปฏิเสธรับพัสดุเก็บเงินปลายทาง", "ตรวจสอบสถานะพัสดุในระบบขนส่ง", "Đơn hàng của bạn đang bị chậm");
        assertThat(pages.fonts).allSatisfy(fonts -> assertThat(fonts).allMatch(font -> font.matches("([A-Z]{6}\\+)?NotoSans(Thai|Mono)?-\\w+")));
        assertThat(pages.fonts.stream().flatMap(fonts -> fonts.stream()).map(font -> font.replaceFirst("^[A-Z]{6}\\+", "")).distinct().toList())
                .contains("NotoSans-Regular", "NotoSans-Bold", "NotoSansThai-Regular", "NotoSansThai-Bold", "NotoSansMono-Regular");
    }

    private static boolean canHideSystemFonts(Path dir) throws IOException, InterruptedException {
        try {
            Process probe = new ProcessBuilder(List.of("unshare", "-m", "--propagation", "private", "sh", "-c",
                    "mount --bind '" + dir + "' /usr/share/fonts")).redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}

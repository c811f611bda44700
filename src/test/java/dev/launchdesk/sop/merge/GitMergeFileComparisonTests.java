package dev.launchdesk.sop.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Known answers from outside: the merge is compared with {@code git merge-file} on random SOP
 * texts. Where git merges cleanly the text must be byte-identical; where git conflicts, the merge
 * must conflict too, and its text (markers and hunks) must be git's but for the known difference of
 * {@link ThreeWayMerge} in at most 1 % of the conflicts.
 */
class GitMergeFileComparisonTests {

    private static final long SEED = Long.getLong("merge.comparison.seed", 20_240_611L);
    private static final int CASES = Integer.getInteger("merge.comparison.cases", 600);

    private final ThreeWayMerge merge = new ThreeWayMerge();

    @TempDir
    Path dir;

    @Test
    void agreesWithGitMergeFileOnRandomSopTexts() throws Exception {
        // in the test, not in @BeforeAll: Surefire reports a skipped test with its reason, an aborted class without one
        assumeTrue(gitAvailable(), "Skipped: the comparison with git merge-file needs git on the PATH (Debian: apt-get install git)");
        Random random = new Random(SEED);
        List<String> disagreements = new ArrayList<>();
        int gitConflicts = 0;
        int sameConflictText = 0;
        List<String> otherConflictTexts = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            MergeCase mergeCase = MergeCase.random(random);
            GitMerge git = gitMergeFile(mergeCase);
            MergeResult ours = merge.merge(mergeCase.base(), mergeCase.regional(), mergeCase.master());
            gitConflicts += git.clean() ? 0 : 1;
            sameConflictText += !git.clean() && git.text().equals(ours.merged()) ? 1 : 0;
            if (git.clean() != ours.clean() || git.clean() && !git.text().equals(ours.merged())) {
                disagreements.add(describe(n, mergeCase, git, ours));
            } else if (!git.clean() && !git.text().equals(ours.merged())) {
                otherConflictTexts.add(describe(n, mergeCase, git, ours));
            }
        }
        System.out.printf("git merge-file comparison, seed %d: %d cases, %d conflicting in git (%d with the same"
                + " conflict text), %d disagreements%n", SEED, CASES, gitConflicts, sameConflictText, disagreements.size());
        if (!disagreements.isEmpty()) {
            Files.writeString(Path.of("target", "merge-disagreements.txt"), String.join("\n=====\n", disagreements));
        }
        assertThat(disagreements.size())
                .as("seed %d: %d of %d cases (%d conflicting in git) disagree with git (all in"
                        + " target/merge-disagreements.txt); the first:%n%s", SEED,
                        disagreements.size(), CASES, gitConflicts, disagreements.stream().findFirst().orElse(""))
                .isZero();
        if (!otherConflictTexts.isEmpty()) {
            Files.writeString(Path.of("target", "merge-conflict-text-differences.txt"), String.join("\n=====\n", otherConflictTexts));
        }
        // Where both conflict, the text with its markers and hunks must be git's too, but for the known difference
        // of ThreeWayMerge (which of two equal lines a hunk keeps, ThreeWayMergeTests.DifferencesFromGit): at most
        // 1 in 100 conflicts (1 of 265 with the default seed).
        assertThat(otherConflictTexts.size() * 100)
                .as("seed %d: %d of %d conflicts give another text than git (all in"
                        + " target/merge-conflict-text-differences.txt); the first:%n%s", SEED, otherConflictTexts.size(),
                        gitConflicts, otherConflictTexts.stream().findFirst().orElse(""))
                .isLessThanOrEqualTo(gitConflicts);
        assertThat(gitConflicts).as("the generator makes both clean and conflicting merges")
                .isBetween(CASES / 10, CASES - CASES / 10);
    }

    private GitMerge gitMergeFile(MergeCase mergeCase) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("base.md"), mergeCase.base());
        Files.writeString(dir.resolve("regional.md"), mergeCase.regional());
        Files.writeString(dir.resolve("master.md"), mergeCase.master());
        ProcessBuilder builder = new ProcessBuilder("git", "merge-file", "-p", "-L", "regional", "-L", "base",
                "-L", "master", "regional.md", "base.md", "master.md").directory(dir.toFile());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int conflicts = process.waitFor();
        assertThat(conflicts).as("git merge-file exit code").isBetween(0, 127);
        return new GitMerge(conflicts == 0, text);
    }

    private static boolean gitAvailable() {
        try {
            Process process = new ProcessBuilder("git", "--version").start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String describe(int n, MergeCase mergeCase, GitMerge git, MergeResult ours) {
        return "case " + n + " (seed " + SEED + ")\n--- base\n" + mergeCase.base() + "\n--- regional\n"
                + mergeCase.regional() + "\n--- master\n" + mergeCase.master() + "\n--- git (clean=" + git.clean()
                + ")\n" + git.text() + "\n--- ours (clean=" + ours.clean() + ")\n" + ours.merged();
    }

    private record GitMerge(boolean clean, String text) {
    }

    record MergeCase(String base, String regional, String master) {

        static MergeCase random(Random random) {
            List<String> base = SopTexts.document(random);
            List<String> regional = SopTexts.edited(random, base);
            List<String> master = SopTexts.edited(random, base);
            String lineEnding = random.nextInt(8) == 0 ? "\r\n" : "\n";
            return new MergeCase(
                    SopTexts.text(base, lineEnding, random.nextInt(6) > 0),
                    SopTexts.text(regional, lineEnding, random.nextInt(6) > 0),
                    SopTexts.text(master, lineEnding, random.nextInt(6) > 0));
        }
    }
}

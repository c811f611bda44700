package dev.launchdesk.sop.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.id.IndonesianStemmer;

/**
 * The index forms of an Indonesian or Malay word: Lucene's stem, the word itself and, for prefixed
 * words, the root candidates the stemmer misses.
 *
 * <p>Lucene's {@link IndonesianStemmer} (Tala's algorithm, no dictionary) removes prefixes by their
 * letters only. Where the prefix {@code meN-}/{@code peN-} swallowed the first letter of the root
 * ({@code peN + kembali + an = pengembalian}, {@code peN + kirim + an = pengiriman},
 * {@code meN + tolak = menolak}), the stem loses that letter ({@code embali}, {@code irim}, {@code olak})
 * and no longer meets the stem of the plain or {@code di-} form ({@code kembali} becomes {@code mbali}
 * because {@code ke-} looks like a prefix; {@code dikembalikan} becomes {@code kembali}). So, next to the
 * stem, the word itself and the {@link #unprefixed} root candidates (k-, t-, n-, p-, m-, s- roots, and
 * after {@code di-}; each also with one suffix {@code -kan}/{@code -an}/{@code -i} removed) are indexed
 * at the same position. Wrong candidates are rarely words, so they cost a few extra terms and almost
 * never a false match. Like a synonym, a query word matches if any of its forms is in the document.
 *
 * <p>Not thread-safe (the stemmer works in a buffer): one instance per token stream.
 */
final class IndonesianRoots {

    private static final List<String> PARTICLES = List.of("nya", "lah", "kah", "pun");
    private static final List<String> SUFFIXES = List.of("kan", "an", "i");

    private final IndonesianStemmer stemmer = new IndonesianStemmer();

    /** The stem first, then the other forms; no duplicates. {@code word} must be lower case. */
    Set<String> of(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(stem(word));
        forms.add(word);
        String base = withoutParticle(word);
        for (String root : unprefixed(base)) {
            forms.add(root);
            forms.addAll(withoutOneSuffix(root));
        }
        return forms;
    }

    private String stem(String word) {
        char[] buffer = word.toCharArray();
        return new String(buffer, 0, stemmer.stem(buffer, buffer.length, true));
    }

    /**
     * The word without its prefix, where the stemmer gets that wrong: after {@code meN-}/{@code peN-}
     * with the swallowed first letter restored (peng+embalian → kembalian), and after {@code di-}
     * (dinilai → nilai, which the stemmer would also strip of a final "i").
     */
    static List<String> unprefixed(String word) {
        if (word.length() < 5) {
            return List.of();
        }
        if (word.startsWith("di")) {
            return List.of(word.substring(2));
        }
        if (!(word.startsWith("me") || word.startsWith("pe"))) {
            return List.of();
        }
        String nasal = word.substring(2);
        List<String> roots = new ArrayList<>();
        if (nasal.startsWith("nge") && !isVowel(nasal, 3)) {
            roots.add(nasal.substring(3));                // menge+cek: one-syllable roots
        }
        if (nasal.startsWith("ng") && isVowel(nasal, 2)) {
            roots.add("k" + nasal.substring(2));          // meng+kirim → mengirim
        } else if (nasal.startsWith("ny") && isVowel(nasal, 2)) {
            roots.add("s" + nasal.substring(2));          // meny+sita → menyita
        } else if (nasal.startsWith("n") && isVowel(nasal, 1)) {
            roots.add("t" + nasal.substring(1));          // men+tolak → menolak
            roots.add(nasal);                              // me+nilai → menilai
        } else if (nasal.startsWith("m") && isVowel(nasal, 1)) {
            roots.add("p" + nasal.substring(1));          // mem+periksa → memeriksa
            roots.add(nasal);                              // me+masak → memasak
        }
        return roots;
    }

    private static List<String> withoutOneSuffix(String root) {
        return SUFFIXES.stream()
                .filter(root::endsWith)
                .map(suffix -> root.substring(0, root.length() - suffix.length()))
                .filter(rest -> rest.length() >= 3 && syllables(rest) >= 1)   // cekan → cek
                .toList();
    }

    private static String withoutParticle(String word) {
        for (String particle : PARTICLES) {
            if (word.endsWith(particle) && syllables(word) > 2) {
                return word.substring(0, word.length() - particle.length());
            }
        }
        return word;
    }

    private static int syllables(String word) {
        int vowels = 0;
        for (int i = 0; i < word.length(); i++) {
            vowels += isVowel(word, i) ? 1 : 0;
        }
        return vowels;
    }

    private static boolean isVowel(String word, int index) {
        return index < word.length() && "aeiou".indexOf(word.charAt(index)) >= 0;
    }
}

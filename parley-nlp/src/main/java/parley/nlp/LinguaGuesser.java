package parley.nlp;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;
import parley.pipeline.LanguageGuesser;

/**
 * Language identification with Lingua, restricted to the languages Parley codes plus the ones most often
 * met in news feeds, so that a German or Spanish article is reported as such instead of forced into
 * French or English. Loading a handful of models costs about a second and little memory.
 */
public final class LinguaGuesser implements LanguageGuesser {
    private final LanguageDetector detector = LanguageDetectorBuilder
            .fromLanguages(Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH,
                    Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.ARABIC, Language.RUSSIAN)
            .withMinimumRelativeDistance(0.05)
            .build();

    @Override
    public Optional<String> guess(String text) {
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        Language lang = detector.detectLanguageOf(sample);
        if (lang == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(lang.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
    }
}

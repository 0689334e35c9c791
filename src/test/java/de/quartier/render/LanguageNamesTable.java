package de.quartier.render;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@value LanguageNames#TABLE} from the locale data of the JDK that runs it, or with the
 * argument {@code dates} the long and full date patterns of its page languages (which {@code
 * Wording} pins); {@code JdkIndependenceIT} runs both on the table's JDK and compares. To take a
 * newer JDK's names, run {@code <jdk>/bin/java -cp target/classes:target/test-classes
 * de.quartier.render.LanguageNamesTable > src/main/resources/de/quartier/render/language-names.tsv},
 * review the diff, copy the date patterns into {@code Wording}, and update the assertions of
 * {@code WordingTest} (the IT finds the JDK by the table's first line).
 */
public final class LanguageNamesTable {
    private LanguageNamesTable() {
    }

    public static void main(String[] args) {
        System.out.print(args.length > 0 && args[0].equals("dates") ? datesOfThisJdk() : fromThisJdk());
    }

    /** "ru\tLONG pattern\tFULL pattern" for each page language. */
    static String datesOfThisJdk() {
        StringBuilder out = new StringBuilder();
        for (String page : LanguageNames.PAGE_LANGUAGES) {
            out.append(page);
            for (FormatStyle style : List.of(FormatStyle.LONG, FormatStyle.FULL))
                out.append('\t').append(DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE, Wording.localeOf(page)));
            out.append('\n');
        }
        return out.toString();
    }

    /** The table as the JDK that runs this gives it. */
    static String fromThisJdk() {
        StringBuilder out = new StringBuilder("# The names of languages from the locale data of Java ")
                .append(Runtime.version().feature()).append('\n')
                .append("# code, its name in itself, and in ").append(String.join(", ", LanguageNames.PAGE_LANGUAGES)).append('\n');
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.forLanguageTag(code);
            out.append(code).append('\t').append(known(code, language.getDisplayLanguage(language)));
            for (String page : LanguageNames.PAGE_LANGUAGES)
                out.append('\t').append(known(code, language.getDisplayLanguage(Wording.localeOf(page))));
            out.append('\n');
        }
        return out.toString();
    }

    /** The JDK answers the code itself where it has no name. */
    private static String known(String code, String name) {
        return name.equals(code) ? "" : name;
    }
}

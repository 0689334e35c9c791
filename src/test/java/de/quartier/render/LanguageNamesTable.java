package de.quartier.render;

import java.util.Locale;

/**
 * Writes {@value LanguageNames#TABLE} from the locale data of the JDK that runs it; {@code
 * JdkIndependenceIT} runs it on the table's JDK and compares. To take a newer JDK's names, run
 * {@code <jdk>/bin/java -cp target/classes:target/test-classes de.quartier.render.LanguageNamesTable
 * > src/main/resources/de/quartier/render/language-names.tsv}, review the diff, and update the
 * golden files and the JDK that JdkIndependenceIT looks for.
 */
public final class LanguageNamesTable {
    private LanguageNamesTable() {
    }

    public static void main(String[] args) {
        System.out.print(fromThisJdk());
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

package de.quartier.render.finder;

import de.quartier.render.Urls;
import de.quartier.render.HoursText;
import de.quartier.render.Wording;
import de.quartier.model.DayHours;
import de.quartier.model.EventDate;
import de.quartier.model.OpeningHours;
import de.quartier.model.HoursState;
import de.quartier.model.Offering;
import de.quartier.model.PublicHolidays;
import de.quartier.model.Ref;
import de.quartier.model.Site;
import de.quartier.model.TimeRange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The offering finder: which filter values each listed offering has, and which offerings a
 * selection of values finds. The same rules drive the pages made for readers without JavaScript
 * and (through the card's data attributes) the script that filters the listing in place.
 *
 * <p>Weekday and time of day are matched together when both are chosen: "Mittwoch, Nachmittag"
 * finds what happens on a Wednesday afternoon, not what happens on Wednesday morning and on a
 * Friday afternoon.
 */
public final class OfferingFinder {
    /** A filter; {@code key} is its URL parameter and path segment. */
    public enum Facet {
        QUARTER("quartier"), TARGET_GROUP("zielgruppe"), TOPIC("thema"), WEEKDAY("tag"), TIME_OF_DAY("tageszeit"),
        LANGUAGE("sprache"), COST("kosten"), SOON("zeitraum");

        public final String key;

        Facet(String key) {
            this.key = key;
        }
    }

    /** The periods of a day a reader can pick, in minutes since midnight (end exclusive), with the word their addresses use. */
    public enum TimeOfDay {
        MORNING("vormittag", 0, 12 * 60), AFTERNOON("nachmittag", 12 * 60, 17 * 60), EVENING("abend", 17 * 60, 2 * TimeRange.DAY);

        public final int from;
        public final int to;
        private final String slug;

        TimeOfDay(String slug, int from, int to) {
            this.slug = slug;
            this.from = from;
            this.to = to;
        }

        String slug() {
            return slug;
        }

        /**
         * Whether a time from start to end is one of this period's: it starts in it, or it fills an hour
         * of it at least. A café from 14:30 to 17:30 is an afternoon's, not an evening's for someone
         * who has time only after work; a workshop from 10:00 to 14:00 is the morning's and the afternoon's.
         */
        boolean holds(int start, int end) {
            boolean startsIn = start >= from && start < to;
            return startsIn || Math.min(end, to) - Math.max(start, from) >= 60;
        }
    }

    /** "Demnächst": happens within this many days from the build date. */
    static final int SOON_DAYS = 14;
    public static final String FREE = "kostenlos";
    /**
     * Target groups that mean everyone ("Alle", "Für alle"): all spellings are one filter value,
     * {@link #ALL}. A group's filter finds what names the group (a parent choosing "Kinder" is not
     * shown every neighbourhood meeting); the form and a group's page point to the offerings for everyone.
     */
    static final Set<String> EVERYONE = Set.of("alle", "fuer-alle", "offen-fuer-alle", "alle-interessierten", "alle-altersgruppen",
            "jede-und-jeder", "jedermann");
    public static final String ALL = "alle";
    public static final String SOON = "demnaechst";

    /** One offering's filter values (slugs) by facet, and its weekday-time slots ("mittwoch-nachmittag"). */
    public record Profile(Offering offering, Map<Facet, Set<String>> values, Set<String> slots) {
    }

    private final List<Profile> profiles;
    private final Map<Facet, Map<String, String>> labels = new EnumMap<>(Facet.class);
    private final Map<Facet, Map<String, BitSet>> bits = new EnumMap<>(Facet.class);
    private final Map<String, BitSet> slotBits = new TreeMap<>();

    /**
     * @param listed the offerings to filter, in listing order
     * @param strings the theme's words for the fixed values (time of day, free, soon); weekday names
     *                come from {@link HoursText}
     */
    public OfferingFinder(Site site, List<Offering> listed, PublicHolidays holidays, Map<String, String> strings) {
        for (Facet f : Facet.values()) {
            labels.put(f, new TreeMap<>());
            bits.put(f, new TreeMap<>());
        }
        // each offering's profile on its own, on all processors (in the listing's order)
        this.profiles = listed.parallelStream().map(o -> profile(site, o, holidays)).toList();
        for (int i = 0; i < profiles.size(); i++) {
            Profile p = profiles.get(i);
            for (var e : p.values().entrySet())
                for (String v : e.getValue()) bits.get(e.getKey()).computeIfAbsent(v, k -> new BitSet()).set(i);
            for (String s : p.slots()) slotBits.computeIfAbsent(s, k -> new BitSet()).set(i);
        }
        // labels in the language of the page the finder is on (its values, the URLs' words, stay German)
        Wording wording = new Wording(site.language(), strings);
        for (Offering o : listed) {
            for (Ref r : o.quarters()) labels.get(Facet.QUARTER).putIfAbsent(r.slug().value(), site.quarter(r).title());
            o.targetGroups().forEach(v -> noteGroupLabel(labels.get(Facet.TARGET_GROUP), groupSlug(v), v));
            o.topics().forEach(v -> labels.get(Facet.TOPIC).putIfAbsent(Urls.valueSlug(v), v));
            o.languages().forEach(v -> labels.get(Facet.LANGUAGE).putIfAbsent(Urls.valueSlug(v), wording.language(v)));
        }
        Map<String, String> days = new LinkedHashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) days.put(daySlug(d), wording.dayName(d));
        labels.put(Facet.WEEKDAY, days);
        Map<String, String> times = new LinkedHashMap<>();
        for (TimeOfDay t : TimeOfDay.values()) times.put(t.slug(), strings.get("finder.time." + t.slug()));
        labels.put(Facet.TIME_OF_DAY, times);
        labels.put(Facet.COST, Map.of(FREE, strings.get("finder.free")));
        labels.put(Facet.SOON, Map.of(SOON, strings.get("finder.soon").replace("{n}", Integer.toString(SOON_DAYS))));
        // quarters by name, other words by their label (slug order would put "Ältere" after "Z")
        // each label keyed once: a collator comparing two texts keys both again
        java.text.Collator collator = java.text.Collator.getInstance(wording.locale());
        Map<String, java.text.CollationKey> keys = new java.util.HashMap<>();
        for (Facet f : List.of(Facet.QUARTER, Facet.TARGET_GROUP, Facet.TOPIC, Facet.LANGUAGE)) {
            Map<String, String> sorted = new LinkedHashMap<>();
            labels.get(f).entrySet().stream()
                    .sorted(java.util.Comparator.comparing((Map.Entry<String, String> e) -> keys.computeIfAbsent(e.getValue(), collator::getCollationKey))
                            .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
            labels.put(f, sorted);
        }
    }

    public static String daySlug(DayOfWeek d) {
        return Urls.valueSlug(Wording.GERMAN.dayName(d));
    }

    /** A target group's filter value (and browse page): its slug, or {@link #ALL} for every spelling of "everyone". */
    public static String groupSlug(String group) {
        String slug = Urls.valueSlug(group);
        return EVERYONE.contains(slug) ? ALL : slug;
    }

    /** Whether a target group means everyone ("Alle", "für alle", …). */
    public static boolean isEveryone(String group) {
        return groupSlug(group).equals(ALL);
    }

    /** Notes a target group's label under its slug: the first spelling met, except that "Alle" itself names the merged value. */
    public static void noteGroupLabel(Map<String, String> labels, String slug, String group) {
        if (slug.equals(ALL) && group.equals("Alle")) labels.put(slug, group);
        else labels.putIfAbsent(slug, group);
    }

    private static Profile profile(Site site, Offering o, PublicHolidays holidays) {
        Map<Facet, Set<String>> values = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) values.put(f, new TreeSet<>());
        o.quarters().forEach(r -> values.get(Facet.QUARTER).add(r.slug().value()));
        o.targetGroups().forEach(v -> values.get(Facet.TARGET_GROUP).add(groupSlug(v)));
        o.topics().forEach(v -> values.get(Facet.TOPIC).add(Urls.valueSlug(v)));
        o.languages().forEach(v -> values.get(Facet.LANGUAGE).add(Urls.valueSlug(v)));
        if (de.quartier.model.FreeOfCharge.says(o.cost())) values.get(Facet.COST).add(FREE);
        Set<String> slots = new TreeSet<>();
        LocalDate today = site.today();
        LocalDate soonEnd = today.plusDays(SOON_DAYS);
        if (o.schedule() != null) {
            // the days the weekly plan shows
            for (OpeningHours.WeeklyTime w : o.schedule().weeklyTimes()) addSlots(slots, w.day(), w.range().start(), w.range().end());
            OpeningHours.Days days = o.schedule().days(holidays);
            for (LocalDate d = today; d.isBefore(soonEnd); d = d.plusDays(1)) {
                if (o.active().statusOn(d) != de.quartier.model.Status.CURRENT) continue;
                DayHours h = days.on(d);
                if (h.state() == HoursState.OPEN) {
                    values.get(Facet.SOON).add(SOON);
                    break;
                }
            }
        }
        for (EventDate e : o.dates()) {
            if (e.over().toLocalDate().isBefore(today)) continue;
            TimeRange range = e.onStartDay();
            addSlots(slots, e.start().getDayOfWeek(), range.start(), range.end());
            if (e.start().toLocalDate().isBefore(soonEnd)) values.get(Facet.SOON).add(SOON);
        }
        for (String s : slots) {
            int dash = s.lastIndexOf('-');
            values.get(Facet.WEEKDAY).add(s.substring(0, dash));
            values.get(Facet.TIME_OF_DAY).add(s.substring(dash + 1));
        }
        return new Profile(o, values, slots);
    }

    private static void addSlots(Set<String> slots, DayOfWeek d, int start, int end) {
        for (TimeOfDay t : TimeOfDay.values()) if (t.holds(start, end)) slots.add(daySlug(d) + "-" + t.slug());
    }

    public List<Profile> profiles() {
        return profiles;
    }

    /** Every facet's values that some offering has, in display order: slug → label. */
    public Map<String, String> values(Facet f) {
        Map<String, String> out = new LinkedHashMap<>();
        labels.get(f).forEach((slug, label) -> {
            if (bits.get(f).containsKey(slug)) out.put(slug, label);
        });
        return out;
    }

    public String label(Facet f, String slug) {
        return labels.get(f).get(slug);
    }

    /** How many offerings have this one value. */
    public int count(Facet f, String value) {
        BitSet b = bits.get(f).get(value);
        return b == null ? 0 : b.cardinality();
    }

    /** The offerings a selection finds (all of them for an empty selection), as indexes into {@link #profiles()}. */
    public BitSet find(Map<Facet, String> selection) {
        BitSet result = new BitSet();
        result.set(0, profiles.size());
        String day = selection.get(Facet.WEEKDAY);
        String time = selection.get(Facet.TIME_OF_DAY);
        for (var e : selection.entrySet()) {
            if (day != null && time != null && (e.getKey() == Facet.WEEKDAY || e.getKey() == Facet.TIME_OF_DAY)) continue;
            result.and(bits.get(e.getKey()).getOrDefault(e.getValue(), new BitSet()));
        }
        if (day != null && time != null) result.and(slotBits.getOrDefault(day + "-" + time, new BitSet()));
        return result;
    }

    public List<Offering> offerings(BitSet found) {
        List<Offering> out = new ArrayList<>(found.cardinality());
        found.stream().forEach(i -> out.add(profiles.get(i).offering()));
        return out;
    }

    /** The selection in canonical order, as its URL path below the finder: "zielgruppe/kinder/tag/mittwoch/". */
    public static String path(Map<Facet, String> selection) {
        StringBuilder sb = new StringBuilder();
        for (Facet f : Facet.values()) if (selection.containsKey(f)) sb.append(f.key).append('/').append(selection.get(f)).append('/');
        return sb.toString();
    }
}

package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.Accessibility;
import de.quartier.model.ActivePeriod;
import de.quartier.model.Address;
import de.quartier.model.Collection;
import de.quartier.model.Common;
import de.quartier.model.ContentFields;
import de.quartier.model.EventDate;
import de.quartier.model.GeoPoint;
import de.quartier.model.Offering;
import de.quartier.model.OpeningHours;
import de.quartier.model.Place;
import de.quartier.model.Ref;
import de.quartier.model.Registration;
import de.quartier.model.SourceSpan;
import de.quartier.model.Status;
import de.quartier.model.Venue;
import de.quartier.source.Fields;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Turns an offering's fields into an {@link Offering}: its one place, its schedule or dates, and each date held against `active`. */
final class OfferingValidator {
    /** Events are planned a year or so ahead; a date beyond this is most likely a mistyped year. */
    static final int FAR_AHEAD_YEARS = 2;

    private final ValidationContext context;
    private final Diagnostics diagnostics;
    private final SharedFacts facts;

    OfferingValidator(ValidationContext context, Diagnostics diagnostics, SharedFacts facts) {
        this.context = context;
        this.diagnostics = diagnostics;
        this.facts = facts;
    }

    Offering offering(Common common, Fields f) {
        Place place = place(f);
        List<Ref> quarters = f.refs("quarters");
        Ref operator = f.ref("operator");
        if (place != null && !(place instanceof Place.AtContactPoint)) {
            String where = place instanceof Place.Mobile ? "a mobile offering" : "an offering at a venue";
            if (!f.has("quarters"))
                diagnostics.error(Code.MISSING_FIELD, SourceSpan.startOf(f.mapping().at().path()),
                        "`quarters` is required for " + where, "name the quarters it serves, e.g. quarters: [welheim, boy]");
            if (!f.has("operator"))
                diagnostics.error(Code.MISSING_FIELD, SourceSpan.startOf(f.mapping().at().path()),
                        "`operator` is required for " + where, "only an offering at a contact point takes the operator from there");
        }
        boolean hasSchedule = f.has("schedule");
        boolean hasDates = f.has("dates");
        OpeningHours schedule = facts.openingHours(f, "schedule");
        List<EventDate> dates = new ArrayList<>();
        ActivePeriod active = facts.period(f, "active"); // before the dates: each is held against it
        if (hasSchedule) WeekRhythm.warn(schedule, active, context.today(), f.spanOf("schedule"), diagnostics);
        for (Fields d : f.maps("dates")) {
            d.checkKeys(ContentFields.field(Collection.OFFERINGS, "dates").keys());
            ZonedDateTime start = d.require("start") ? d.scalar("start").map(s -> d.dateTime(s, "start", context.zone())).orElse(null) : null;
            ZonedDateTime end = d.scalar("end").map(s -> d.dateTime(s, "end", context.zone())).orElse(null);
            if (start != null && end != null && end.isBefore(start)) {
                diagnostics.error(Code.END_BEFORE_START, d.spanOf("end"), "`end` lies before `start`",
                        "an event that runs past midnight ends on the next day's date");
                end = null;
            }
            if (start != null) {
                dates.add(new EventDate(start, end));
                warnIfOutsidePeriod(start.toLocalDate(), d.spanOf("start"), active);
                // "2062" for "2026": the offering would wait decades for its event, listed all the while
                if (context.today() != null && start.toLocalDate().isAfter(context.today().plusYears(FAR_AHEAD_YEARS)))
                    diagnostics.warning(Code.DATE_FAR_AHEAD, d.spanOf("start"), "this date, " + start.toLocalDate().format(Diagnostics.DATE)
                            + ", lies more than " + FAR_AHEAD_YEARS + " years ahead", "check the year of `start`");
            }
        }
        PastDates.warn(dates, f, context, diagnostics);
        if (hasSchedule && hasDates) {
            diagnostics.error(Code.WHEN_CONFLICT, f.keyAt("dates"), "an offering has either `schedule` (regular) or `dates` (events), not both",
                    "split it into two offerings");
            dates.clear();
        }
        String scheduleNote = f.text("schedule_note");
        if (!hasSchedule && !hasDates && scheduleNote == null) {
            // "shedule:" written for "schedule:": one error there, as for "titel:" (not a missing field at 1:1 and an unknown key)
            String meantKey = de.quartier.source.UnknownKeys.writtenFor(f.mapping(), "schedule").isPresent() ? "schedule" : "dates";
            java.util.Optional<de.quartier.source.Node.Pair> meant = de.quartier.source.UnknownKeys.writtenFor(f.mapping(), meantKey);
            if (meant.isPresent())
                diagnostics.error(Code.MISSING_FIELD, meant.get().key().at(), "an offering needs `schedule` or `dates`, and `"
                        + meant.get().key().value() + "` is probably meant for `" + meantKey + "`", "write `" + meantKey + ":`");
            else
                diagnostics.error(Code.MISSING_FIELD, SourceSpan.startOf(f.mapping().at().path()),
                        "an offering needs `schedule` (e.g. We 15:00-17:00) or `dates`",
                        "if there are no fixed times, say so in `schedule_note`, e.g. \"nach Vereinbarung\"");
        }
        List<String> targetGroups = f.texts("target_groups");
        List<String> topics = f.texts("topics");
        List<String> languages = f.languages("languages");
        String cost = f.text("cost");
        Registration registration = null;
        Fields r = f.map("registration");
        if (r != null) {
            r.checkKeys(ContentFields.field(Collection.OFFERINGS, "registration").keys());
            Boolean required = r.bool("required");
            // whether it says how to sign up is checked with the site (SiteAssembler): it depends on the office and the date
            registration = new Registration(required != null && required, r.text("note"), r.url("url"), r.phone("phone"), r.email("email"),
                    f.keyAt("registration"));
        }
        Accessibility accessibility = facts.accessibility(f);
        if (common == null || place == null) return null;
        List<Ref> programs = f.refs("programs");
        return new Offering(common, place, quarters, operator, hasDates ? null : schedule, dates, scheduleNote,
                targetGroups, topics, languages, cost, registration, accessibility, active, programs);
    }

    private Place place(Fields f) {
        boolean mobile = Boolean.TRUE.equals(f.bool("mobile"));
        List<String> given = new ArrayList<>();
        if (f.has("contact_point")) given.add("contact_point");
        if (f.has("venue")) given.add("venue");
        if (mobile) given.add("mobile");
        if (given.isEmpty()) {
            diagnostics.error(Code.PLACE_MISSING, SourceSpan.startOf(f.mapping().at().path()),
                    "an offering needs a place: `contact_point`, `venue` or `mobile: true`",
                    "name a file of content/contact-points/ without .md (contact_point: …), or give `venue: {name, address}`");
            return null;
        }
        if (given.size() > 1) {
            diagnostics.error(Code.PLACE_CONFLICT, f.keyAt(given.get(1)),
                    "an offering has exactly one place, but this one has both `" + given.get(0) + "` and `" + given.get(1) + "`",
                    "keep one; an offering in two places is two offerings");
            return null;
        }
        return switch (given.get(0)) {
            case "contact_point" -> {
                Ref ref = f.ref("contact_point");
                yield ref == null ? null : new Place.AtContactPoint(ref);
            }
            case "venue" -> {
                Fields v = f.map("venue");
                if (v == null) yield null;
                v.checkKeys(ContentFields.field(Collection.OFFERINGS, "venue").keys());
                String name = v.requiredText("name");
                Address address = facts.address(v, "address", true);
                GeoPoint geo = v.require("geo") ? facts.inBounds(v, "geo") : null;
                yield name == null || address == null || geo == null ? null : new Place.AtVenue(new Venue(name, address, geo));
            }
            default -> new Place.Mobile();
        };
    }

    /** A date outside `active`: the page would list a date of an offering that says it has ended (or not begun). */
    private void warnIfOutsidePeriod(LocalDate day, SourceSpan at, ActivePeriod active) {
        // unreadable: reported where it is written
        Status status = active == null ? Status.CURRENT : active.statusOn(day);
        if (status == Status.CURRENT) return;
        boolean after = status == Status.ENDED;
        diagnostics.warning(Code.DATE_OUTSIDE_ACTIVE, at, "this date lies " + (after ? "after `active.until` (" + written(active.until(), active.untilMonth())
                        : "before `active.from` (" + written(active.from(), active.fromMonth())) + "), so the page shows it for an offering that has " + (after ? "ended" : "not begun"),
                after ? "remove the dates after it, or move `active.until`" : "remove the dates before it, or move `active.from`");
    }

    /** A date of `active` as the editor wrote it: "2026-11" for a month, else the day. */
    private static String written(LocalDate day, boolean month) {
        return month ? day.toString().substring(0, 7) : day.toString();
    }

}

package de.quartier.render.page;

import de.quartier.render.Urls;
import de.quartier.render.Json;
import de.quartier.render.HoursText;
import com.fasterxml.jackson.core.JsonGenerator;
import de.quartier.model.Address;
import de.quartier.model.ContactPoint;
import de.quartier.model.DayHours;
import de.quartier.model.EventDate;
import de.quartier.model.GeoPoint;
import de.quartier.model.HoursRule;
import de.quartier.model.HoursState;
import de.quartier.model.Offering;
import de.quartier.model.Operator;
import de.quartier.model.Site;
import de.quartier.model.TimeRange;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * schema.org JSON-LD for search engines: a contact point as {@code GovernmentOffice} when a
 * municipality runs it, {@code CivicStructure} otherwise, with {@code openingHoursSpecification}
 * from the ordinary week; an offering as {@code Event} with an {@code eventSchedule} (regular) or
 * one event per date.
 */
public final class StructuredData {
    private final Site site;

    public StructuredData(Site site) {
        this.site = site;
    }

    public String contactPoint(ContactPoint cp) {
        return Json.forHtml(g -> {
            g.writeStartObject();
            g.writeStringField("@context", "https://schema.org");
            g.writeStringField("@type", type(cp));
            g.writeStringField("name", cp.title());
            g.writeStringField("url", url(cp));
            if (cp.common().summary() != null) g.writeStringField("description", cp.common().summary());
            address(g, cp.address());
            geo(g, cp.geo());
            // a closed office: search engines should not list its numbers and hours (schema.org has no "closed for good" flag here)
            boolean ended = site.status(cp) == de.quartier.model.Status.ENDED;
            if (cp.phone() != null && !ended) g.writeStringField("telephone", cp.phone());
            if (cp.email() != null && !ended) g.writeStringField("email", cp.email());
            if (cp.openingHours() != null && !ended) openingHours(g, cp);
            g.writeEndObject();
        });
    }

    private String type(ContactPoint cp) {
        boolean municipal = cp.operators().stream().map(site::operator)
                .anyMatch(op -> op.kind() != null && op.kind().toLowerCase(Locale.ROOT).startsWith("kommun"));
        return municipal ? "GovernmentOffice" : "CivicStructure";
    }

    /** One specification per day and time range of the ordinary week. */
    private static void openingHours(JsonGenerator g, ContactPoint cp) throws IOException {
        Map<DayOfWeek, DayHours> week = cp.openingHours().ordinaryWeek();
        Map<TimeRange, List<DayOfWeek>> byRange = new LinkedHashMap<>();
        week.forEach((d, h) -> {
            if (h.state() == HoursState.OPEN) h.ranges().forEach(r -> byRange.computeIfAbsent(r, k -> new ArrayList<>()).add(d));
        });
        g.writeArrayFieldStart("openingHoursSpecification");
        for (Map.Entry<TimeRange, List<DayOfWeek>> e : byRange.entrySet()) {
            g.writeStartObject();
            g.writeStringField("@type", "OpeningHoursSpecification");
            g.writeArrayFieldStart("dayOfWeek");
            for (DayOfWeek d : e.getValue()) g.writeString(dayUrl(d));
            g.writeEndArray();
            g.writeStringField("opens", HoursText.hhmm(e.getKey().start()));
            g.writeStringField("closes", HoursText.hhmm(e.getKey().end()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    public String offering(Offering o) {
        return Json.forHtml(g -> {
            if (o.isDated()) {
                g.writeStartArray();
                for (EventDate d : o.dates().stream().sorted(Comparator.comparing(EventDate::start)).toList()) {
                    g.writeStartObject();
                    eventHead(g, o);
                    g.writeStringField("startDate", d.start().toOffsetDateTime().toString());
                    if (d.end() != null) g.writeStringField("endDate", d.end().toOffsetDateTime().toString());
                    eventTail(g, o);
                    g.writeEndObject();
                }
                g.writeEndArray();
            } else {
                g.writeStartObject();
                eventHead(g, o);
                if (o.schedule() != null) schedule(g, o);
                eventTail(g, o);
                g.writeEndObject();
            }
        });
    }

    private void eventHead(JsonGenerator g, Offering o) throws IOException {
        g.writeStringField("@context", "https://schema.org");
        g.writeStringField("@type", "Event");
        g.writeStringField("name", o.title());
        g.writeStringField("url", url(o));
        if (o.common().summary() != null) g.writeStringField("description", o.common().summary());
        g.writeStringField("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        g.writeStringField("eventStatus", "https://schema.org/EventScheduled");
    }

    private void eventTail(JsonGenerator g, Offering o) throws IOException {
        g.writeObjectFieldStart("location");
        g.writeStringField("@type", "Place");
        java.util.Optional<de.quartier.model.Venue> place = site.placeOf(o);
        if (place.isPresent()) {
            g.writeStringField("name", place.get().name());
            address(g, place.get().address());
            if (place.get().geo() != null) geo(g, place.get().geo());
        } else {
            List<String> names = o.quarters().stream().map(q -> site.quarter(q).title()).toList();
            g.writeStringField("name", String.join(", ", names));
        }
        g.writeEndObject();
        if (o.operator() != null) {
            Operator op = site.operator(o.operator());
            g.writeObjectFieldStart("organizer");
            g.writeStringField("@type", "Organization");
            g.writeStringField("name", op.title());
            g.writeStringField("url", url(op));
            g.writeEndObject();
        }
        if (de.quartier.model.FreeOfCharge.says(o.cost())) g.writeBooleanField("isAccessibleForFree", true);
        if (!o.languages().isEmpty()) {
            g.writeArrayFieldStart("inLanguage");
            for (String l : o.languages()) g.writeString(l);
            g.writeEndArray();
        }
    }

    /** One Schedule per rule and time range that holds on weekdays (with nth weekdays as byMonthWeek). */
    private void schedule(JsonGenerator g, Offering o) throws IOException {
        List<HoursRule> all = o.schedule().rules();
        List<HoursRule> rules = java.util.stream.IntStream.range(0, all.size()).filter(i -> o.schedule().replacedBy(i) < 0).mapToObj(all::get)
                .filter(r -> r.state() == HoursState.OPEN && !r.times().isEmpty() && !r.weekdays().isEmpty()).toList();
        LocalDate start = o.active().from() != null ? o.active().from() : null;
        g.writeArrayFieldStart("eventSchedule");
        for (HoursRule r : rules) {
            for (TimeRange t : r.times()) {
                g.writeStartObject();
                g.writeStringField("@type", "Schedule");
                g.writeArrayFieldStart("byDay");
                for (DayOfWeek d : r.days()) g.writeString(dayUrl(d));
                g.writeEndArray();
                List<Integer> nths = r.weekdays().stream().flatMap(w -> w.nths().stream()).distinct().sorted().toList();
                if (!nths.isEmpty()) {
                    g.writeArrayFieldStart("byMonthWeek");
                    for (int n : nths) g.writeNumber(n);
                    g.writeEndArray();
                    g.writeStringField("repeatFrequency", "P1M");
                } else {
                    g.writeStringField("repeatFrequency", "P1W");
                }
                g.writeStringField("startTime", HoursText.hhmm(t.start()));
                g.writeStringField("endTime", HoursText.hhmm(t.end()));
                if (start != null) g.writeStringField("startDate", start.toString());
                if (o.active().until() != null) g.writeStringField("endDate", o.active().until().toString());
                g.writeStringField("scheduleTimezone", site.config().timezone().getId());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static String dayUrl(DayOfWeek d) {
        String name = d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
        return "https://schema.org/" + name;
    }

    private String url(de.quartier.model.Entry e) {
        return site.config().baseUrl() + Urls.pathOf(e);
    }

    private static void address(JsonGenerator g, Address a) throws IOException {
        g.writeObjectFieldStart("address");
        g.writeStringField("@type", "PostalAddress");
        g.writeStringField("streetAddress", a.street());
        g.writeStringField("postalCode", a.postalCode());
        g.writeStringField("addressLocality", a.city());
        g.writeStringField("addressCountry", "DE");
        g.writeEndObject();
    }

    private static void geo(JsonGenerator g, GeoPoint p) throws IOException {
        g.writeObjectFieldStart("geo");
        g.writeStringField("@type", "GeoCoordinates");
        g.writeNumberField("latitude", p.lat());
        g.writeNumberField("longitude", p.lon());
        g.writeEndObject();
    }
}

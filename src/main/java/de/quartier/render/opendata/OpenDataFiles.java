package de.quartier.render.opendata;

import com.fasterxml.jackson.core.JsonGenerator;
import de.quartier.model.ContactPoint;
import de.quartier.model.EventDate;
import de.quartier.model.Offering;
import de.quartier.model.Place;
import de.quartier.model.Quarter;
import de.quartier.model.Ref;
import de.quartier.model.Site;
import de.quartier.model.Status;
import de.quartier.render.HoursText;
import de.quartier.render.Json;
import de.quartier.render.Urls;
import de.quartier.render.map.MapData;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The open data under {@code daten/}: contact points as GeoJSON points and as CSV, quarters as
 * GeoJSON (their boundary, or their centre where none is given), offerings as JSON. Only current
 * records; the licence from site-config.yml is named in each JSON file and on the "Offene Daten" page.
 */
public final class OpenDataFiles {
    public static final String FOLDER = Urls.OPEN_DATA;
    public static final String CONTACT_POINTS_GEOJSON = FOLDER + "anlaufstellen.geojson";
    public static final String CONTACT_POINTS_CSV = FOLDER + "anlaufstellen.csv";
    public static final String QUARTERS_GEOJSON = FOLDER + "quartiere.geojson";
    public static final String OFFERINGS_JSON = FOLDER + "angebote.json";

    private final Site site;
    private final HoursText hours;

    /** Whether an offering has a calendar to point to. */
    private final de.quartier.render.calendar.CalendarFiles calendars;

    public OpenDataFiles(Site site, HoursText hours, de.quartier.render.calendar.CalendarFiles calendars) {
        this.calendars = calendars;
        this.site = site;
        this.hours = hours;
    }

    public List<ContactPoint> contactPoints() {
        return site.contactPoints().stream().filter(cp -> site.status(cp) == Status.CURRENT).toList();
    }

    /** The quarters the map file can place: those with a boundary or a centre. */
    public List<Quarter> quarters() {
        return site.quarters().stream().filter(q -> q.boundary() != null || q.center() != null).toList();
    }

    public List<Offering> offerings() {
        return site.offerings().stream().filter(o -> site.status(o) == Status.CURRENT).toList();
    }

    private String url(de.quartier.model.Entry e) {
        return site.config().baseUrl() + Urls.pathOf(e);
    }

    private void licence(JsonGenerator g) throws IOException {
        var d = site.config().openData();
        if (d == null) return;
        g.writeStringField("license", d.licence());
        if (d.licenceUrl() != null) g.writeStringField("license_url", d.licenceUrl());
        if (d.attribution() != null) g.writeStringField("attribution", d.attribution());
    }

    private List<String> titles(List<Ref> refs, Function<Ref, String> title) {
        List<String> out = new ArrayList<>();
        refs.forEach(r -> out.add(title.apply(r)));
        return out;
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) g.writeNullField(field);
        else g.writeStringField(field, value);
    }

    private static void featureStart(JsonGenerator g, String id) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", id);
    }

    public byte[] contactPointsGeoJson() {
        return Json.prettyBytes(g -> {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("name", "anlaufstellen");
            licence(g);
            g.writeArrayFieldStart("features");
            for (ContactPoint cp : contactPoints()) {
                featureStart(g, cp.slug().value());
                g.writeFieldName("geometry");
                MapData.point(g, cp.geo());
                g.writeObjectFieldStart("properties");
                g.writeStringField("name", cp.title());
                optional(g, "kind", cp.kind());
                g.writeStringField("street", cp.address().street());
                g.writeStringField("postal_code", cp.address().postalCode());
                g.writeStringField("city", cp.address().city());
                strings(g, "quarters", titles(cp.quarters(), r -> site.quarter(r).title()));
                g.writeStringField("district", site.quarter(cp.quarters().get(0)).district());
                strings(g, "operators", titles(cp.operators(), r -> site.operator(r).title()));
                optional(g, "opening_hours", cp.openingHours() == null ? null : cp.openingHours().expression());
                optional(g, "opening_hours_text", cp.openingHours() == null ? null : hours.summary(cp.openingHours(), false));
                optional(g, "opening_hours_note", cp.openingHoursNote());
                optional(g, "phone", cp.phone());
                optional(g, "email", cp.email());
                optional(g, "website", cp.website());
                strings(g, "languages", cp.languages());
                optional(g, "wheelchair", cp.accessibility() == null || cp.accessibility().wheelchair() == null ? null
                        : cp.accessibility().wheelchair().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("url", url(cp));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    public byte[] quartersGeoJson() {
        return Json.prettyBytes(g -> {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("name", "quartiere");
            licence(g);
            g.writeArrayFieldStart("features");
            for (Quarter q : quarters()) {
                featureStart(g, q.slug().value());
                g.writeFieldName("geometry");
                if (q.boundary() != null) MapData.geometry(g, q.boundary());
                else MapData.point(g, q.center());
                g.writeObjectFieldStart("properties");
                g.writeStringField("name", q.title());
                g.writeStringField("district", q.district());
                if (q.area() != null) g.writeStringField("area", q.area());
                strings(g, "aliases", q.aliases());
                g.writeStringField("geometry_kind", q.boundary() != null ? "boundary" : "center");
                optional(g, "description", q.boundary() == null ? "Mittelpunkt des Quartiers, keine Grenze angegeben."
                        : q.boundary().description());
                g.writeStringField("url", url(q));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    public byte[] offeringsJson() {
        return Json.prettyBytes(g -> {
            g.writeStartObject();
            g.writeStringField("name", "angebote");
            licence(g);
            g.writeArrayFieldStart("offerings");
            for (Offering o : offerings()) {
                g.writeStartObject();
                g.writeStringField("id", o.slug().value());
                g.writeStringField("title", o.title());
                optional(g, "summary", o.common().summary());
                if (o.place() instanceof Place.AtContactPoint at) {
                    g.writeStringField("place", "contact_point");
                    g.writeStringField("contact_point", at.contactPoint().slug().value());
                } else if (o.place() instanceof Place.AtVenue v) {
                    g.writeStringField("place", "venue");
                    g.writeObjectFieldStart("venue");
                    g.writeStringField("name", v.venue().name());
                    g.writeStringField("address", v.venue().address().oneLine());
                    if (v.venue().geo() != null) {
                        g.writeFieldName("coordinates");
                        MapData.position(g, v.venue().geo());
                    }
                    g.writeEndObject();
                } else {
                    g.writeStringField("place", "mobile");
                }
                strings(g, "quarters", titles(o.quarters(), r -> r.slug().value()));
                optional(g, "operator", o.operator() == null ? null : o.operator().slug().value());
                optional(g, "schedule", o.schedule() == null ? null : o.schedule().expression());
                optional(g, "schedule_text", o.schedule() == null ? null : hours.summary(o.schedule(), true));
                optional(g, "schedule_note", o.scheduleNote());
                g.writeArrayFieldStart("dates");
                for (EventDate d : o.dates()) {
                    g.writeStartObject();
                    g.writeStringField("start", d.start().toOffsetDateTime().toString());
                    optional(g, "end", d.end() == null ? null : d.end().toOffsetDateTime().toString());
                    g.writeEndObject();
                }
                g.writeEndArray();
                strings(g, "target_groups", o.targetGroups());
                strings(g, "topics", o.topics());
                strings(g, "languages", o.languages());
                optional(g, "cost", o.cost());
                if (o.registration() != null) g.writeBooleanField("registration_required", o.registration().required());
                g.writeStringField("url", url(o));
                if (calendars.hasEvents(o))
                    g.writeStringField("calendar", site.config().baseUrl() + Urls.calendarPath(Urls.pathOf(o)));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** RFC 4180: comma-separated, quoted where needed, CRLF line ends, UTF-8. */
    public String contactPointsCsv() {
        StringBuilder out = new StringBuilder();
        row(out, List.of("id", "name", "kind", "street", "postal_code", "city", "lat", "lon", "district", "quarters",
                "operators", "opening_hours", "phone", "email", "website", "url"));
        for (ContactPoint cp : contactPoints()) {
            row(out, List.of(cp.slug().value(), cp.title(), n(cp.kind()), cp.address().street(), cp.address().postalCode(),
                    cp.address().city(), Double.toString(cp.geo().lat()), Double.toString(cp.geo().lon()),
                    site.quarter(cp.quarters().get(0)).district(),
                    String.join("; ", titles(cp.quarters(), r -> site.quarter(r).title())),
                    String.join("; ", titles(cp.operators(), r -> site.operator(r).title())),
                    cp.openingHours() == null ? "" : cp.openingHours().expression(), n(cp.phone()), n(cp.email()),
                    n(cp.website()), url(cp)));
        }
        return out.toString();
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            String c = cells.get(i);
            // a leading = + - @ would be a formula in spreadsheets: quote and prefix it
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("[-+]?[0-9.]+")) c = "'" + c;
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r") || c.startsWith("'"))
                c = "\"" + c.replace("\"", "\"\"") + "\"";
            out.append(c);
        }
        out.append("\r\n");
    }
}

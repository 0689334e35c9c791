package de.quartier.render.calendar;

import de.quartier.model.Offering;
import de.quartier.model.Quarter;
import de.quartier.render.Output;
import de.quartier.render.SiteView;
import de.quartier.render.Urls;

import java.util.List;

/** The iCalendar files: all current offerings, each offering, and each quarter's offerings. */
public final class Calendars {
    private final SiteView view;
    private final CalendarFiles files;

    public Calendars(SiteView view) {
        this.view = view;
        this.files = view.calendarFiles();
    }

    public void plan(List<Output> out) {
        String offerings = view.t("nav.offerings");
        List<Offering> listed = view.relations().listedOfferings();
        out.add(Output.File.of(Urls.calendarPath("angebote/"),
                () -> files.calendar(view.site().config().title() + ": " + offerings, listed)).ofWholeSite());
        // the events decide which offerings get a calendar: made on all processors, kept for the joined calendars
        for (Offering o : view.site().offerings().parallelStream().filter(files::hasEvents).toList())
            out.add(Output.File.of(Urls.calendarPath(Urls.pathOf(o)), () -> files.calendar(o)));
        for (Quarter q : view.site().quarters())
            out.add(Output.File.of(Urls.calendarPath(Urls.pathOf(q)),
                    () -> files.calendar(q.title() + ": " + offerings, view.relations().offeringsIn(q))));
    }
}

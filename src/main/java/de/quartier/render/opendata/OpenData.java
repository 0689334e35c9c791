package de.quartier.render.opendata;

import de.quartier.render.Output;
import de.quartier.render.Pages;
import de.quartier.render.SiteView;
import de.quartier.render.Urls;
import de.quartier.render.Views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The open data files under {@code daten/} and the "Offene Daten" page that names them and their licence. */
public final class OpenData {
    private final SiteView view;
    private final Pages pages;
    private final OpenDataFiles files;

    public OpenData(SiteView view, Pages pages) {
        this.view = view;
        this.pages = pages;
        this.files = new OpenDataFiles(view.site(), view.hoursText(), view.calendarFiles());
    }

    public void plan(List<Output> out) {
        out.add(pages.page(Urls.OPEN_DATA, "open-data", view.t("openData.title"), view.homeCrumbs(), () -> Map.of("data", page())));
        out.add(Output.File.of(OpenDataFiles.CONTACT_POINTS_GEOJSON, files::contactPointsGeoJson).ofWholeSite());
        out.add(Output.File.text(OpenDataFiles.CONTACT_POINTS_CSV, files::contactPointsCsv).ofWholeSite());
        out.add(Output.File.of(OpenDataFiles.QUARTERS_GEOJSON, files::quartersGeoJson).ofWholeSite());
        out.add(Output.File.of(OpenDataFiles.OFFERINGS_JSON, files::offeringsJson).ofWholeSite());
    }

    private Map<String, Object> page() {
        Map<String, Object> m = new HashMap<>();
        var d = view.site().config().openData();
        m.put("licence", d == null ? "" : d.licence());
        m.put("licenceUrl", d == null || d.licenceUrl() == null ? "" : d.licenceUrl());
        m.put("attribution", d == null || d.attribution() == null ? "" : d.attribution());
        int cps = files.contactPoints().size();
        m.put("files", List.of(
                download("openData.contactPointsGeojson", cps, OpenDataFiles.CONTACT_POINTS_GEOJSON, "anlaufstellen.geojson"),
                download("openData.contactPointsCsv", cps, OpenDataFiles.CONTACT_POINTS_CSV, "anlaufstellen.csv"),
                download("openData.quartersGeojson", files.quarters().size(), OpenDataFiles.QUARTERS_GEOJSON, "quartiere.geojson"),
                download("openData.offeringsJson", files.offerings().size(), OpenDataFiles.OFFERINGS_JSON, "angebote.json"),
                view.download(view.t("download.allCalendar"), Urls.calendarPath("angebote/"), "angebote.ics")));
        return m;
    }

    private Views.Download download(String key, int n, String path, String filename) {
        return view.download(view.t(key).replace("{n}", Integer.toString(n)), path, filename);
    }
}

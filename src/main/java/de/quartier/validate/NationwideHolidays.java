package de.quartier.validate;

import de.quartier.model.PublicHolidays;

import java.time.LocalDate;

/**
 * The public holidays every German state keeps (New Year, Good Friday, Easter Monday, 1 May,
 * Ascension, Whit Monday, 3 October, Christmas): enough for the check to know on which days
 * {@code PH} can fall, without the site's state, and never a day that is no holiday anywhere.
 */
final class NationwideHolidays implements PublicHolidays {
    static final NationwideHolidays INSTANCE = new NationwideHolidays();

    private NationwideHolidays() {
    }

    @Override
    public boolean isHoliday(LocalDate d) {
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        if (m == 1 && day == 1 || m == 5 && day == 1 || m == 10 && day == 3 || m == 12 && (day == 25 || day == 26)) return true;
        long fromEaster = d.toEpochDay() - easter(d.getYear()).toEpochDay();
        return fromEaster == -2 || fromEaster == 1 || fromEaster == 39 || fromEaster == 50;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of 1876). */
    static LocalDate easter(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}

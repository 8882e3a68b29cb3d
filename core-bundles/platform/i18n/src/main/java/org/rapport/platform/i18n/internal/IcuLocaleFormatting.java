package org.rapport.platform.i18n.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.rapport.platform.api.i18n.CalendarSystem;
import org.rapport.platform.api.i18n.FormatPreferences;
import org.rapport.platform.api.i18n.LocaleFormatting;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * {@link LocaleFormatting} with ICU4J. ICU's date formats and calendars are mutable and not
 * thread-safe, so each call makes its own (ICU caches the locale data behind them); its
 * {@code NumberFormatter}s are immutable.
 */
@Component(service = LocaleFormatting.class)
public class IcuLocaleFormatting implements LocaleFormatting {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    private final Clock clock;

    public IcuLocaleFormatting() {
        this(Clock.systemUTC());
    }

    IcuLocaleFormatting(Clock clock) {
        this.clock = clock;
    }

    @Override
    public FormatPreferences defaults(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        CalendarSystem calendar = calendarOfExtension(locale.getUnicodeLocaleType("ca"))
                .orElse("fa".equals(locale.getLanguage()) ? CalendarSystem.PERSIAN : CalendarSystem.GREGORIAN);
        String numbers = locale.getUnicodeLocaleType("nu");
        boolean nativeDigits = numbers != null ? !"latn".equals(numbers)
                : !"latn".equals(NumberingSystem.getInstance(ULocale.forLocale(locale)).getName());
        return new FormatPreferences(locale, calendar, nativeDigits);
    }

    @Override
    public String formatDate(LocalDate date, FormatStyle style, FormatPreferences preferences) {
        Objects.requireNonNull(date, "date");
        DateFormat format = IcuLocales.format(preferences,
                locale -> DateFormat.getDateInstance(IcuLocales.style(style), locale));
        // A LocalDate has no zone: show the UTC day that starts at its midnight.
        format.setCalendar(IcuLocales.calendar(preferences, IcuLocales.utc()));
        return format.format(new Date(Math.multiplyExact(date.toEpochDay(), 86_400_000L)));
    }

    @Override
    public String formatDateTime(Instant instant, ZoneId zone, FormatStyle dateStyle, FormatStyle timeStyle,
            FormatPreferences preferences) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(zone, "zone");
        DateFormat format = IcuLocales.format(preferences, locale -> DateFormat.getDateTimeInstance(
                IcuLocales.style(dateStyle), IcuLocales.style(timeStyle), locale));
        TimeZone icuZone = IcuLocales.timeZone(zone, instant);
        format.setCalendar(IcuLocales.calendar(preferences, icuZone));
        format.setTimeZone(icuZone);
        return format.format(Date.from(instant));
    }

    @Override
    public String formatNumber(BigDecimal number, FormatPreferences preferences) {
        Objects.requireNonNull(number, "number");
        return NumberFormatter.withLocale(IcuLocales.locale(preferences))
                .precision(Precision.unlimited())
                .format(number)
                .toString();
    }

    @Override
    public String formatCurrency(BigDecimal amount, String currencyCode, FormatPreferences preferences) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currencyCode, "currencyCode");
        String code = currencyCode.strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY_CODE.matcher(code).matches() || !Currency.isAvailable(code, null, null)) {
            throw new IllegalArgumentException("«" + currencyCode
                    + "» is not a currency code: use an ISO 4217 code such as IRR, AFN, SAR, MNT or USD.");
        }
        // The currency's standard precision, half-even (ICU's default rounding).
        return NumberFormatter.withLocale(IcuLocales.locale(preferences))
                .unit(Currency.getInstance(code))
                .format(amount)
                .toString();
    }

    @Override
    public LocalDate parseDate(String text, FormatPreferences preferences) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(preferences, "preferences");
        return new TypedDates(preferences, LocalDate.now(clock)).parse(text);
    }

    @Override
    public boolean isRightToLeft(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return ULocale.forLocale(locale).isRightToLeft();
    }

    /** The calendar a BCP 47 {@code -u-ca-} extension names, if it is one we offer. */
    private static Optional<CalendarSystem> calendarOfExtension(String type) {
        if (type == null) {
            return Optional.empty();
        }
        if (type.equals("gregory")) {
            return Optional.of(CalendarSystem.GREGORIAN);
        }
        for (CalendarSystem calendar : CalendarSystem.values()) {
            if (calendar.cldrName().equals(type)) {
                return Optional.of(calendar);
            }
        }
        return Optional.empty();
    }
}

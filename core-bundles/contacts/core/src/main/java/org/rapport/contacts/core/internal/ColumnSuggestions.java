package org.rapport.contacts.core.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses which field a column holds from its header: the field's own name in any case and spacing
 * ({@code First Name}, {@code first_name}), and the headers spreadsheets and other CRMs export, in English, Persian and
 * Arabic. Each field goes to the first column that names it; the user confirms or changes the guess.
 */
final class ColumnSuggestions {

    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("firstName", List.of("first", "given name", "forename", "vorname", "prénom", "نام", "نام کوچک",
                    "الاسم الأول", "الاسم")),
            Map.entry("lastName", List.of("last", "surname", "family name", "nachname", "nom", "نام خانوادگی",
                    "اسم العائلة", "الكنية", "اللقب")),
            Map.entry("email", List.of("e-mail", "email address", "e-mail address", "mail", "ایمیل", "رایانامه",
                    "پست الکترونیک", "نشانی رایانامه", "البريد الإلكتروني", "البريد الالكتروني", "البريد")),
            Map.entry("phone", List.of("phone number", "telephone", "tel", "mobile", "mobile phone", "cell",
                    "cell phone", "تلفن", "شماره تلفن", "موبایل", "تلفن همراه", "شماره", "الهاتف", "هاتف", "الجوال",
                    "رقم الهاتف")),
            Map.entry("website", List.of("web", "web site", "url", "homepage", "وبسایت", "وب سایت", "تارنما",
                    "الموقع", "الموقع الإلكتروني")),
            Map.entry("tags", List.of("tag", "labels", "label", "برچسب", "برچسب ها", "الوسوم")),
            Map.entry("leadSource", List.of("lead source", "source", "منبع", "المصدر")),
            Map.entry("stage", List.of("lifecycle stage", "status", "مرحله", "المرحلة")),
            Map.entry("notes", List.of("note", "comment", "comments", "description", "یادداشت", "توضیحات",
                    "ملاحظات")),
            Map.entry("externalId", List.of("external id", "id", "customer id", "customer number", "شناسه",
                    "کد مشتری", "المعرف")),
            Map.entry("organization", List.of("company", "organisation", "account", "employer", "شرکت", "سازمان",
                    "الشركة", "المؤسسة")),
            Map.entry("role", List.of("title", "job title", "position", "سمت", "عنوان شغلی", "المسمى الوظيفي")),
            Map.entry("name", List.of("company", "company name", "organization name", "organisation name",
                    "account name", "نام شرکت", "نام سازمان", "نام", "اسم الشركة", "الاسم")),
            Map.entry("industry", List.of("sector", "branch", "صنعت", "حوزه فعالیت", "القطاع", "الصناعة")));

    private ColumnSuggestions() {
    }

    /** For each header, the field it most likely holds, or {@code null}. */
    static List<String> suggest(List<String> header, List<String> fields) {
        Map<String, String> fieldByName = new HashMap<>();
        for (String field : fields) {
            fieldByName.put(normalized(field), field);
        }
        for (String field : fields) {
            for (String alias : ALIASES.getOrDefault(field, List.of())) {
                fieldByName.putIfAbsent(normalized(alias), field);
            }
        }
        Set<String> taken = new HashSet<>();
        List<String> suggested = new ArrayList<>();
        for (String name : header) {
            String field = fieldByName.get(normalized(name));
            suggested.add(field != null && taken.add(field) ? field : null);
        }
        return suggested;
    }

    /**
     * Case, spaces, dashes, underscores, dots and the zero-width non-joiner (نام‌خانوادگی) do not count, nor do
     * the Arabic spellings of Persian letters (ي for ی, ك for ک).
     */
    static String normalized(String header) {
        String text = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('ي', 'ی').replace('ى', 'ی').replace('ك', 'ک');
        return text.replaceAll("[\\s\\-_.\\u200C:/]+", "");
    }
}

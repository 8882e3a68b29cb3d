package org.rapport.contacts.core.internal.demo;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Realistic made-up contacts in Persian, Arabic, Mongolian and Latin script, with phone numbers of their countries:
 * the demo data a first-time user sees and the rows the benchmarks import. The same seed gives the same people.
 */
public final class SampleContacts {

    /** One generated person, as the columns of an import file. */
    public record Row(String firstName, String lastName, String email, String phone, String tags, String stage,
            String organization, String role) {

        public static final String HEADER = "firstName,lastName,email,phone,tags,stage,organization,role";

        public String csv() {
            return String.join(",", quote(firstName), quote(lastName), quote(email), quote(phone), quote(tags),
                    quote(stage), quote(organization), quote(role));
        }

        private static String quote(String cell) {
            if (cell == null) {
                return "";
            }
            return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
        }
    }

    private record Culture(String code, List<String> firstNames, List<String> lastNames, List<String> phonePrefixes,
            int subscriberDigits, List<String> companies, List<String> roles, List<String> domains) {
    }

    private static final Culture PERSIAN = new Culture("fa",
            List.of("علی", "محمد", "حسین", "رضا", "امیر", "مهدی", "زهرا", "فاطمه", "مریم", "سارا", "نگار", "لیلا",
                    "پریسا", "کیان", "آرش", "شیرین", "نسرین", "بهاره", "یاسمن", "داریوش"),
            List.of("کریمی", "احمدی", "رضایی", "محمدی", "حسینی", "موسوی", "جعفری", "صادقی", "رحیمی", "کاظمی",
                    "قاسمی", "نوروزی", "طاهری", "اکبری", "یزدانی", "شریفی"),
            List.of("+98912", "+98935", "+98919", "+98921"), 7,
            List.of("شرکت پارس داده", "صنایع غذایی مهرگان", "بازرگانی آریا", "گروه صنعتی سپهر", "بیمه آسایش نوین",
                    "فروشگاه‌های زنجیره‌ای رفاه", "داروسازی البرز"),
            List.of("مدیر فروش", "کارشناس خرید", "مدیرعامل", "حسابدار", "مدیر فنی"),
            List.of("example.ir", "mail.example.ir", "parsdata.example"));

    private static final Culture ARABIC = new Culture("ar",
            List.of("محمد", "أحمد", "علي", "خالد", "يوسف", "عمر", "فاطمة", "عائشة", "مريم", "سارة", "ليلى", "نور",
                    "حسن", "إبراهيم", "هدى", "ريم"),
            List.of("الحسيني", "العلي", "الخطيب", "حداد", "منصور", "الزهراني", "القحطاني", "الشمري", "النجار",
                    "عبدالله", "الكعبي", "السعدي"),
            List.of("+96650", "+96655", "+97150", "+97155", "+2010", "+2012"), 7,
            List.of("مؤسسة النخبة للتجارة", "شركة الخليج للتأمين", "مجموعة الفجر القابضة", "مصنع الأمل للأغذية",
                    "بنك الإنماء", "شركة الرواد للتقنية"),
            List.of("مدير المبيعات", "مسؤول المشتريات", "المدير التنفيذي", "محاسب", "مهندس"),
            List.of("example.sa", "example.ae", "mail.example.eg"));

    private static final Culture MONGOLIAN = new Culture("mn",
            List.of("Батбаяр", "Энхтуяа", "Болд", "Сарнай", "Ганбаатар", "Оюунчимэг", "Тэмүүлэн", "Нармандах",
                    "Мөнхбат", "Уянга", "Баярмаа", "Анхбаяр"),
            List.of("Дорж", "Бат", "Ганболд", "Эрдэнэ", "Сүхбаатар", "Батсайхан", "Мөнх", "Очир", "Пүрэв",
                    "Наран"),
            List.of("+97688", "+97699", "+97695", "+97680"), 6,
            List.of("Монгол Ноос ХХК", "Тэнгэр Даатгал ХК", "Говь Трейд ХХК", "Хаан Технологи ХХК",
                    "Номин Худалдаа ХХК"),
            List.of("Борлуулалтын менежер", "Худалдан авалтын ажилтан", "Гүйцэтгэх захирал", "Нягтлан бодогч"),
            List.of("example.mn", "mail.example.mn"));

    private static final Culture LATIN = new Culture("en",
            List.of("John", "Maria", "Anna", "David", "Sophie", "Lukas", "Elena", "Marco", "Chloé", "James", "Emma",
                    "Noah", "Léa", "Jan", "Olivia", "Hugo"),
            List.of("Smith", "Müller", "Rossi", "García", "Dubois", "Novak", "Johnson", "Schmidt", "Bianchi",
                    "Martin", "Kowalski", "Jensen", "O'Brien", "van Dijk"),
            List.of("+4915", "+3361", "+3933", "+1415", "+4477"), 7,
            List.of("Northwind Traders", "Contoso GmbH", "Fabrikam S.A.", "Tailspin Insurance",
                    "Wide World Importers", "Adatum Health"),
            List.of("Head of Sales", "Buyer", "CEO", "Accountant", "CTO"),
            List.of("example.com", "example.de", "example.fr"));

    private static final List<Culture> CULTURES = List.of(PERSIAN, PERSIAN, ARABIC, MONGOLIAN, LATIN);
    private static final List<String> STAGES = List.of("lead", "lead", "prospect", "customer", "customer", "former");
    private static final List<String> TAGS = List.of("vip", "newsletter", "partner", "event-2026", "wholesale",
            "retail", "referral");

    private final SplittableRandom random;

    public SampleContacts(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The {@code n}-th person (numbers make emails unique: person 17 is always someone17…). */
    public Row next(long n) {
        Culture culture = CULTURES.get(random.nextInt(CULTURES.size()));
        String first = pick(culture.firstNames());
        String last = pick(culture.lastNames());
        StringBuilder subscriber = new StringBuilder();
        for (int i = 0; i < culture.subscriberDigits(); i++) {
            subscriber.append(random.nextInt(10));
        }
        String phone = pick(culture.phonePrefixes()) + subscriber;
        String email = culture.code() + "." + n + "@" + pick(culture.domains());
        if (culture == LATIN) {
            String handle = java.text.Normalizer.normalize(first.charAt(0) + last, java.text.Normalizer.Form.NFD)
                    .replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
            email = handle + n + "@" + pick(culture.domains());
        }
        boolean employed = random.nextInt(3) > 0;
        String tags = random.nextInt(2) == 0 ? pick(TAGS) : pick(TAGS) + ";" + pick(TAGS);
        return new Row(first, last, email, phone, tags, pick(STAGES), employed ? pick(culture.companies()) : null,
                employed ? pick(culture.roles()) : null);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}

package org.rapport.contacts.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.opencsv.CSVWriter;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.TextProperty;
import ezvcard.property.Uid;

import org.rapport.contacts.api.Affiliation;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.PostalAddress;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * People as vCards (RFC 6350, read and written with ez-vcard): a person as the caller sees them becomes a card, and
 * the cards of an address book become the rows of a CSV import, so they are matched, checked and counted exactly
 * like a spreadsheet's rows.
 */
final class VCards {

    /** The columns a card fills; several emails or phones share their cell, separated by {@code ;}. */
    static final List<String> IMPORT_COLUMNS = List.of("firstName", "lastName", "email", "phone", "website",
            "organization", "role", "tags", "notes", "externalId");

    private VCards() {
    }

    /** Writes the people as vCard 4.0, one card each, in the given order. */
    static void write(List<Person> people, Writer out) throws IOException {
        Ezvcard.write(people.stream().map(VCards::card).toList()).version(VCardVersion.V4_0).prodId(false).go(out);
    }

    static VCard card(Person person) {
        VCard card = new VCard();
        card.setFormattedName(person.displayName());
        StructuredName name = new StructuredName();
        name.setGiven(person.firstName());
        name.setFamily(person.lastName());
        card.setStructuredName(name);
        person.emails().forEach(email -> {
            Email property = card.addEmail(email.address());
            if (email.label() != null) {
                property.getTypes().add(EmailType.get(email.label()));
            }
        });
        person.phones().forEach(phone -> {
            Telephone property = card.addTelephoneNumber(phone.number());
            if (phone.label() != null) {
                property.getTypes().add(TelephoneType.get(phone.label()));
            }
        });
        person.addresses().forEach(address -> card.addAddress(address(address)));
        if (person.website() != null) {
            card.addUrl(person.website());
        }
        if (!person.affiliations().isEmpty()) {
            Affiliation first = person.affiliations().get(0);
            card.setOrganization(first.organizationName());
            if (first.role() != null) {
                card.addTitle(first.role());
            }
        }
        if (!person.tags().isEmpty()) {
            Categories categories = new Categories();
            categories.getValues().addAll(person.tags());
            card.setCategories(categories);
        }
        if (person.notes() != null) {
            card.addNote(person.notes());
        }
        card.setUid(new Uid("urn:rapport:person:" + person.id()));
        if (person.updatedAt() != null) {
            card.setRevision(person.updatedAt());
        }
        return card;
    }

    private static Address address(PostalAddress given) {
        Address address = new Address();
        address.setStreetAddress(given.street());
        address.setLocality(given.city());
        address.setRegion(given.region());
        address.setPostalCode(given.postalCode());
        address.setCountry(given.country());
        if (given.label() != null) {
            address.getTypes().add(AddressType.get(given.label()));
        }
        return address;
    }

    /**
     * The cards of a vCard file (2.1, 3.0 or 4.0) as a CSV import file with {@link #IMPORT_COLUMNS}; refuses a file
     * without a single card. A card's UID becomes its {@code externalId}, so a file can be imported again by it.
     */
    static String asImportCsv(InputStream vcf) throws IOException {
        List<VCard> cards = Ezvcard.parse(vcf).all();
        if (cards.isEmpty()) {
            throw ApiProblem.invalid("The file holds no vCard.", List.of(new FieldError("file",
                    "needs at least one card from BEGIN:VCARD to END:VCARD")));
        }
        StringWriter text = new StringWriter();
        try (CSVWriter csv = new CSVWriter(text)) {
            csv.writeNext(IMPORT_COLUMNS.toArray(String[]::new), false);
            for (VCard card : cards) {
                csv.writeNext(row(card), false);
            }
        }
        return text.toString();
    }

    private static String[] row(VCard card) {
        StructuredName name = card.getStructuredName();
        String first = name == null ? null : name.getGiven();
        String last = name == null ? null : name.getFamily();
        if (blank(first) && blank(last) && card.getFormattedName() != null) {
            last = card.getFormattedName().getValue();
        }
        Organization organization = card.getOrganization();
        String uid = card.getUid() == null ? null : card.getUid().getValue();
        return new String[] {first, last, joined(card.getEmails(), Email::getValue),
                joined(card.getTelephoneNumbers(), VCards::number), first(card.getUrls()),
                organization == null || organization.getValues().isEmpty() ? null : organization.getValues().get(0),
                first(card.getTitles()),
                card.getCategories() == null ? null : String.join(";", card.getCategories().getValues()),
                card.getNotes().isEmpty() ? null : card.getNotes().stream().map(TextProperty::getValue)
                        .filter(Objects::nonNull).collect(Collectors.joining("\n\n")), uid};
    }

    private static String number(Telephone phone) {
        return phone.getText() != null ? phone.getText() : phone.getUri() == null ? null : phone.getUri().getNumber();
    }

    /** Every value, {@code ;} between them (the import's separator; one inside a value would split it). */
    private static <P> String joined(List<P> properties, Function<P, String> value) {
        String joined = properties.stream().map(value).filter(Objects::nonNull).map(String::strip)
                .filter(v -> !v.isEmpty()).map(v -> v.replace(';', ',')).collect(Collectors.joining(";"));
        return joined.isEmpty() ? null : joined;
    }

    private static String first(List<? extends TextProperty> properties) {
        return properties.stream().map(TextProperty::getValue).filter(v -> !blank(v)).findFirst().orElse(null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

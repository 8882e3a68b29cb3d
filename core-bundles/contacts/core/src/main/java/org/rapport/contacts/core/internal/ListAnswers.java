package org.rapport.contacts.core.internal;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.CustomFilter;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Page;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/** How lists read their query parameters and answer: a JSON array, the total and the next page in headers. */
final class ListAnswers {

    static final String TOTAL = "X-Total-Count";
    static final String ESTIMATED = "X-Total-Count-Estimated";
    static final String NEXT_CURSOR = "X-Next-Cursor";

    private ListAnswers() {
    }

    static ContactQuery query(String q, String stage, String tag, String sort, Integer size, String cursor) {
        int pageSize = size == null ? ContactQuery.DEFAULT_SIZE : size;
        if (pageSize < 1 || pageSize > ContactQuery.MAX_SIZE) {
            throw ApiProblem.invalid("The page size is out of range.", List.of(new FieldError("size",
                    "between 1 and " + ContactQuery.MAX_SIZE + ", got " + pageSize)));
        }
        return new ContactQuery(q, stage(stage), tag, sort(sort), pageSize, cursor);
    }

    /**
     * The custom field conditions among the query parameters: {@code custom.<key>=value} (repeated: any of the
     * values), {@code custom.<key>.min=} and {@code custom.<key>.max=}. Whether the key and value fit a field is
     * checked by the store, which knows the fields.
     */
    static ContactQuery withCustom(ContactQuery query, UriInfo uri) {
        if (uri == null) {
            return query;
        }
        List<CustomFilter> filters = new java.util.ArrayList<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.startsWith(CustomValues.PREFIX) || values.isEmpty()) {
                return;
            }
            String key = name.substring(CustomValues.PREFIX.length());
            if (key.endsWith(".min") || key.endsWith(".max")) {
                CustomFilter.Match match = key.endsWith(".min") ? CustomFilter.Match.MIN : CustomFilter.Match.MAX;
                filters.add(new CustomFilter(key.substring(0, key.length() - 4), match, values.get(0)));
            } else if (values.size() > 1) {
                filters.add(new CustomFilter(key, CustomFilter.Match.ANY_OF, values));
            } else {
                filters.add(new CustomFilter(key, CustomFilter.Match.EQUALS, values.get(0)));
            }
        });
        return query.withCustom(filters);
    }

    static Response page(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder answer = Response.ok(page.items()).header(TOTAL, page.total());
        if (page.totalEstimated()) {
            answer.header(ESTIMATED, "true");
        }
        if (page.nextCursor() != null) {
            answer.header(NEXT_CURSOR, page.nextCursor());
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build(), "next");
        }
        return answer.build();
    }

    private static LifecycleStage stage(String stage) {
        if (stage == null || stage.isBlank()) {
            return null;
        }
        try {
            return LifecycleStage.valueOf(stage.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ApiProblem.invalid("There is no such lifecycle stage.", List.of(new FieldError("stage",
                    "one of lead, prospect, customer, former; got '" + stage + "'")));
        }
    }

    /** {@code name}, {@code -name}, {@code created}, {@code -created}, {@code -updated}. */
    private static ContactQuery.Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return ContactQuery.Sort.NAME;
        }
        return switch (sort.trim()) {
            case "name" -> ContactQuery.Sort.NAME;
            case "-name" -> ContactQuery.Sort.NAME_DESC;
            case "created" -> ContactQuery.Sort.CREATED;
            case "-created" -> ContactQuery.Sort.CREATED_DESC;
            case "-updated" -> ContactQuery.Sort.UPDATED_DESC;
            default -> throw ApiProblem.invalid("Lists cannot be sorted that way.", List.of(new FieldError("sort",
                    "one of name, -name, created, -created, -updated; got '" + sort + "'")));
        };
    }

    /** The version a change applies to: {@code If-Match: "3"} or the body's {@code version}. */
    static long version(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.trim().replace("W/", "").replace("\"", "");
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException notOurs) {
                throw ApiProblem.invalid("If-Match must carry the version you read, e.g. \"3\".",
                        List.of(new FieldError("If-Match", "not a version: " + ifMatch)));
            }
        }
        if (bodyVersion != null) {
            return bodyVersion;
        }
        throw new ApiProblem(428, "Precondition required", "Say which version you change: send the header "
                + "If-Match with the ETag you read (or \"version\" in the body), so nobody's change is overwritten.",
                List.of(new FieldError("version", "required")), null);
    }
}

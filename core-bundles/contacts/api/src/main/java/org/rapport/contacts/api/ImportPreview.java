package org.rapport.contacts.api;

import java.util.List;

/**
 * The start of an import file and how its columns could be read.
 *
 * @param header    the file's column headers, in order
 * @param rows      the first data rows, cells as in the file (each row as long as the file has it)
 * @param suggested for each header, the field it most likely holds ({@code null}: none recognized, skip it): field
 *                  names in any case, common aliases ({@code E-mail}, {@code First name}, {@code Mobile}, …) and
 *                  Persian and Arabic headers ({@code نام}, {@code نام خانوادگی}, {@code ایمیل}, {@code تلفن}, …);
 *                  each field is suggested for one column at most
 * @param fields    the fields this entity's rows may fill
 * @param keys      the natural keys rows may be matched on
 * @param sheets    a workbook's sheet names, in order (the rows are from the one asked for, else the first); empty
 *                  for a CSV file
 */
public record ImportPreview(List<String> header, List<List<String>> rows, List<String> suggested,
        List<String> fields, List<String> keys, List<String> sheets) {

    /** A CSV file's preview (no sheets). */
    public ImportPreview(List<String> header, List<List<String>> rows, List<String> suggested, List<String> fields,
            List<String> keys) {
        this(header, rows, suggested, fields, keys, List.of());
    }
}

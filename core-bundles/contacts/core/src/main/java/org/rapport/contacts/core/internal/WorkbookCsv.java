package org.rapport.contacts.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.opencsv.CSVWriter;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * Writes one sheet of an Excel workbook (.xlsx, read with fastexcel-reader) as CSV rows, streaming: the sheet's XML
 * is read a row at a time and each row is written at once, so a sheet of a million rows is never held in memory
 * (only the workbook's shared strings table is, as every .xlsx reader keeps it). Cells are written as the import
 * reads them: text as is, numbers plain (no grouping, no exponent, at most 15 significant digits as Excel shows
 * them), cells formatted as dates as ISO dates ({@code 2024-03-01}, {@code 2024-03-01T09:30},
 * {@code 09:30} for a time alone), booleans {@code TRUE}/{@code FALSE}, formulas as the value last computed (cached
 * in the file), error cells as their code ({@code #N/A}). Rows without a single value are left out; the first row
 * with a value is the header.
 */
final class WorkbookCsv {

    /** What a sheet in Excel can hold at most: anything past it is no workbook Excel wrote. */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;

    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Quoted text, escaped characters, fill and spacing characters, and [colour]/[$currency] sections of a format. */
    private static final Pattern NOT_DATE_PARTS = Pattern.compile("\"[^\"]*\"|\\\\.|[_*].|\\[(?![hHmMsS]+\\])[^\\]]*\\]");
    private static final Pattern DATE_LETTERS = Pattern.compile("[dDmMyYhHsS]");

    private WorkbookCsv() {
    }

    /**
     * What was written.
     *
     * @param sheets the workbook's sheet names, in order
     * @param sheet  the sheet that was read
     * @param rows   the rows written, header included
     */
    record Written(List<String> sheets, String sheet, long rows, SourceRows sourceRows) {
    }

    /**
     * Writes the sheet named {@code sheetName} (blank: the first) as CSV, at most {@code maxRows} rows (header
     * included). Refuses a file that is no .xlsx workbook, or lacks the sheet, with a 400 problem naming the file.
     */
    static Written write(Path xlsx, String sheetName, Writer out, long maxRows) throws IOException {
        requireWorkbook(xlsx);
        try (ReadableWorkbook workbook = open(xlsx)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            List<String> names = sheets.stream().map(Sheet::getName).toList();
            Sheet sheet = choose(sheets, sheetName, names);
            CSVWriter csv = new CSVWriter(out, ',', '"', '"', "\n");
            long written = 0;
            SourceRows.Builder sourceRows = new SourceRows.Builder();
            try (Stream<Row> rows = sheet.openStream()) {
                for (Iterator<Row> it = rows.iterator(); written < maxRows && it.hasNext();) {
                    Row row = it.next();
                    if (row.getRowNum() > MAX_ROWS || row.getCellCount() > MAX_COLUMNS) {
                        throw unreadable("row " + row.getRowNum() + " lies past what a sheet can hold");
                    }
                    String[] cells = cells(row);
                    if (cells.length > 0) {
                        csv.writeNext(cells, false);
                        sourceRows.add(row.getRowNum());
                        written++;
                    }
                }
            }
            csv.flush();
            return new Written(names, sheet.getName(), written, sourceRows.build());
        } catch (ApiProblem problem) {
            throw problem;
        } catch (IOException | RuntimeException broken) {
            // ExcelReaderException, XML and zip errors inside the parts: the file is damaged or not what it claims
            throw unreadable(Optional.ofNullable(broken.getMessage()).orElse(broken.getClass().getSimpleName()));
        }
    }

    /**
     * Writes the whole sheet as a UTF-8 CSV file, and beside it the sheet's row numbers when empty rows were left
     * out ({@link SourceRows}), so refused rows are named by the row Excel shows.
     */
    static Written writeFile(Path xlsx, String sheetName, Path csv) throws IOException {
        Written written;
        try (Writer out = Files.newBufferedWriter(csv)) {
            written = write(xlsx, sheetName, out, Long.MAX_VALUE);
        }
        written.sourceRows().keepBeside(csv);
        return written;
    }

    private static ReadableWorkbook open(Path xlsx) throws IOException {
        try {
            return new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, true));
        } catch (RuntimeException noStyles) {
            // a workbook written without a styles part has no date formats to read either
            return new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(false, true));
        }
    }

    private static void requireWorkbook(Path file) throws IOException {
        byte[] start = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        }
        if (read == 8 && ReadableWorkbook.isOLE2Header(start)) {
            throw ApiProblem.invalid("The file is an Excel 97-2003 workbook (.xls), which cannot be read.",
                    List.of(new FieldError("file", "save it as an Excel workbook (.xlsx) or as \"CSV UTF-8\" and "
                            + "upload that")));
        }
        if (read < 4 || !ReadableWorkbook.isOOXMLZipHeader(start)) {
            throw ApiProblem.invalid("The file is not an Excel workbook (.xlsx).", List.of(new FieldError("file",
                    "upload an .xlsx file, or send a CSV file as text/csv")));
        }
        WorkbookInflation.check(file);
    }

    private static Sheet choose(List<Sheet> sheets, String name, List<String> names) {
        if (sheets.isEmpty()) {
            throw unreadable("it has no sheets");
        }
        if (name == null || name.isBlank()) {
            return sheets.get(0);
        }
        String wanted = name.strip();
        return sheets.stream().filter(s -> s.getName().equals(wanted)).findFirst()
                .or(() -> sheets.stream().filter(s -> s.getName().equalsIgnoreCase(wanted)).findFirst())
                .orElseThrow(() -> ApiProblem.invalid("The workbook has no sheet \"" + wanted + "\".",
                        List.of(new FieldError("sheet", "choose one of its sheets: " + String.join(", ", names)))));
    }

    /** The row's cells as text, without the empty cells at its end; no cells when it holds no value. */
    private static String[] cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        int last = -1;
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            String text = cell == null ? "" : text(cell);
            cells.add(text);
            if (!text.isBlank()) {
                last = i;
            }
        }
        return cells.subList(0, last + 1).toArray(String[]::new);
    }

    static String text(Cell cell) {
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> value == null ? "" : value.toString();
            case BOOLEAN -> Boolean.TRUE.equals(value) ? "TRUE" : "FALSE";
            case NUMBER -> number(cell);
            case ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
            // the value Excel computed when the file was saved; its type follows the formula's result
            case FORMULA -> value instanceof BigDecimal ? number(cell)
                    : value instanceof Boolean flag ? (flag ? "TRUE" : "FALSE")
                    : value == null ? "" : value.toString();
        };
    }

    private static String number(Cell cell) {
        BigDecimal number = cell.getValue() instanceof BigDecimal exact ? exact : new BigDecimal(cell.getRawValue());
        if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            LocalDateTime when = cell.asDate();
            String time = when.getSecond() == 0 ? MINUTES.format(when) : SECONDS.format(when);
            if (number.signum() >= 0 && number.compareTo(BigDecimal.ONE) < 0) {
                return time; // Excel's day 0: a time of day without a date
            }
            return when.toLocalTime().equals(LocalTime.MIDNIGHT) ? when.toLocalDate().toString()
                    : when.toLocalDate() + "T" + time;
        }
        BigDecimal shown = number.round(EXCEL_DIGITS).stripTrailingZeros();
        return shown.signum() == 0 ? "0" : shown.toPlainString();
    }

    /**
     * Whether a number format shows a date or a time: Excel's built-in date formats (14-22, 45-47, and the East Asian
     * ones 27-36, 50-58), or a format with date or time letters outside quoted text, colours and currencies.
     */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47
                || id >= 50 && id <= 58)) {
            return true;
        }
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
            return false;
        }
        String shown = NOT_DATE_PARTS.matcher(format).replaceAll("");
        return DATE_LETTERS.matcher(shown).find();
    }

    private static ApiProblem unreadable(String reason) {
        return ApiProblem.invalid("The workbook (.xlsx) cannot be read; it may be damaged.",
                List.of(new FieldError("file", reason + "; open it in a spreadsheet program and save it again, or "
                        + "save it as \"CSV UTF-8\"")));
    }
}

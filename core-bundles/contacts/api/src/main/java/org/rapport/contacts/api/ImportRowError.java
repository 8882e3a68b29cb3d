package org.rapport.contacts.api;

/**
 * One refused row of an import.
 *
 * @param row    its line in the file, counting the header as line 1 (as a spreadsheet shows it)
 * @param reason what is wrong and in which column
 * @param line   the row as it was in the file, so a corrected file can be made from the error file
 */
public record ImportRowError(long row, String reason, String line) {
}

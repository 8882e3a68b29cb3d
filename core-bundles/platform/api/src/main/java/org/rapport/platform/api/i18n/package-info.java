/**
 * Text folding for search, and locale-aware formatting in the user's calendar and digits.
 * <p>
 * Rapport's users write Persian, Arabic, Mongolian, English and more. Every module builds its search
 * keys with {@link org.rapport.platform.api.i18n.TextFolding} so that spelling variants of the same
 * word meet, and shows dates, numbers and amounts through
 * {@link org.rapport.platform.api.i18n.LocaleFormatting} so that a Persian user sees
 * {@code ۱ فروردین ۱۴۰۵} where an English user sees {@code March 21, 2026}.
 */
@Export
@Version("1.0.0")
package org.rapport.platform.api.i18n;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

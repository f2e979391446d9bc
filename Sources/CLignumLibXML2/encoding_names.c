/*
 * Encoding names (encoding.h): the xmlCharEncoding values libxml2 2.9.14 recognises by name,
 * and their canonical names.
 */
#include <ctype.h>
#include <string.h>
#include "libxml/encoding.h"

/* The xmlCharEncoding of an encoding name, or XML_CHAR_ENCODING_ERROR. */
xmlCharEncoding xmlParseCharEncoding(const char *name) {
  char upper[500];
  size_t i;
  if (name == NULL) return XML_CHAR_ENCODING_NONE;
  for (i = 0; i < sizeof(upper) - 1 && name[i] != 0; i++) upper[i] = (char) toupper((unsigned char) name[i]);
  upper[i] = 0;
  if (!strcmp(upper, "")) return XML_CHAR_ENCODING_NONE;
  if (!strcmp(upper, "UTF-8") || !strcmp(upper, "UTF8")) return XML_CHAR_ENCODING_UTF8;
  if (!strcmp(upper, "UTF-16") || !strcmp(upper, "UTF16")) return XML_CHAR_ENCODING_UTF16LE;
  if (!strcmp(upper, "ISO-10646-UCS-2") || !strcmp(upper, "UCS-2") || !strcmp(upper, "UCS2")) return XML_CHAR_ENCODING_UCS2;
  if (!strcmp(upper, "ISO-10646-UCS-4") || !strcmp(upper, "UCS-4") || !strcmp(upper, "UCS4")) return XML_CHAR_ENCODING_UCS4LE;
  if (!strcmp(upper, "ISO-8859-1") || !strcmp(upper, "ISO-LATIN-1") || !strcmp(upper, "ISO LATIN 1")) return XML_CHAR_ENCODING_8859_1;
  if (!strcmp(upper, "ISO-8859-2") || !strcmp(upper, "ISO-LATIN-2") || !strcmp(upper, "ISO LATIN 2")) return XML_CHAR_ENCODING_8859_2;
  if (!strcmp(upper, "ISO-8859-3")) return XML_CHAR_ENCODING_8859_3;
  if (!strcmp(upper, "ISO-8859-4")) return XML_CHAR_ENCODING_8859_4;
  if (!strcmp(upper, "ISO-8859-5")) return XML_CHAR_ENCODING_8859_5;
  if (!strcmp(upper, "ISO-8859-6")) return XML_CHAR_ENCODING_8859_6;
  if (!strcmp(upper, "ISO-8859-7")) return XML_CHAR_ENCODING_8859_7;
  if (!strcmp(upper, "ISO-8859-8")) return XML_CHAR_ENCODING_8859_8;
  if (!strcmp(upper, "ISO-8859-9")) return XML_CHAR_ENCODING_8859_9;
  if (!strcmp(upper, "ISO-2022-JP")) return XML_CHAR_ENCODING_2022_JP;
  if (!strcmp(upper, "SHIFT_JIS")) return XML_CHAR_ENCODING_SHIFT_JIS;
  if (!strcmp(upper, "EUC-JP")) return XML_CHAR_ENCODING_EUC_JP;
  return XML_CHAR_ENCODING_ERROR;
}

/* The canonical name of an xmlCharEncoding, or NULL. */
const char *xmlGetCharEncodingName(xmlCharEncoding enc) {
  switch (enc) {
  case XML_CHAR_ENCODING_UTF8: return "UTF-8";
  case XML_CHAR_ENCODING_UTF16LE: case XML_CHAR_ENCODING_UTF16BE: return "UTF-16";
  case XML_CHAR_ENCODING_EBCDIC: return "EBCDIC";
  case XML_CHAR_ENCODING_UCS4LE: case XML_CHAR_ENCODING_UCS4BE: case XML_CHAR_ENCODING_UCS4_2143:
  case XML_CHAR_ENCODING_UCS4_3412: return "ISO-10646-UCS-4";
  case XML_CHAR_ENCODING_UCS2: return "ISO-10646-UCS-2";
  case XML_CHAR_ENCODING_8859_1: return "ISO-8859-1";
  case XML_CHAR_ENCODING_8859_2: return "ISO-8859-2";
  case XML_CHAR_ENCODING_8859_3: return "ISO-8859-3";
  case XML_CHAR_ENCODING_8859_4: return "ISO-8859-4";
  case XML_CHAR_ENCODING_8859_5: return "ISO-8859-5";
  case XML_CHAR_ENCODING_8859_6: return "ISO-8859-6";
  case XML_CHAR_ENCODING_8859_7: return "ISO-8859-7";
  case XML_CHAR_ENCODING_8859_8: return "ISO-8859-8";
  case XML_CHAR_ENCODING_8859_9: return "ISO-8859-9";
  case XML_CHAR_ENCODING_2022_JP: return "ISO-2022-JP";
  case XML_CHAR_ENCODING_SHIFT_JIS: return "Shift-JIS";
  case XML_CHAR_ENCODING_EUC_JP: return "EUC-JP";
  default: return NULL;
  }
}

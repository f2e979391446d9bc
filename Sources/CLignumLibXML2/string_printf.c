/*
 * xmlStrPrintf and xmlStrVPrintf (xmlstring.h): printf-style formatting into a caller's
 * buffer, always NUL-terminated. Variadic, so written in C (Swift cannot define a C function
 * taking `...`).
 */
#include <stdarg.h>
#include <stdio.h>
#include "libxml/xmlstring.h"

int xmlStrVPrintf(xmlChar *buf, int len, const char *msg, va_list ap) {
    if (buf == NULL || msg == NULL || len <= 0) return -1;
    int ret = vsnprintf((char *) buf, (size_t) len, msg, ap);
    buf[len - 1] = 0;
    return ret;
}

int xmlStrPrintf(xmlChar *buf, int len, const char *msg, ...) {
    va_list ap;
    va_start(ap, msg);
    int ret = xmlStrVPrintf(buf, len, msg, ap);
    va_end(ap);
    return ret;
}

/*
 * Lignum's libxml2-compatible C interface: the minimal FTP client.
 */
#ifndef LIGNUM_LIBXML_NANOFTP_H
#define LIGNUM_LIBXML_NANOFTP_H

#include <libxml/xmlversion.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A socket descriptor, and the value of none. */
#define SOCKET int
#define INVALID_SOCKET (-1)

/* Receives one entry of a directory listing. */
typedef void (*ftpListCallback)(void *userData, const char *filename, const char *attrib,
                                const char *owner, const char *group, unsigned long size,
                                int links, int year, const char *month, int day, int hour,
                                int minute);
/* Receives a chunk of a downloaded file. */
typedef void (*ftpDataCallback)(void *userData, const char *data, int len);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_NANOFTP_H */

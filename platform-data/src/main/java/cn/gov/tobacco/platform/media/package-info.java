/**
 * Copies of uploaded photos and videos without metadata (EXIF, XMP, GPS atoms, comments,
 * trailing images), made while streaming: what staff are served of a complaint's evidence
 * and of an inspection's photos.
 */
package cn.gov.tobacco.platform.media;

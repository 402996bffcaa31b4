/**
 * Evidence files (photos, short videos, documents): streamed to object storage, typed by
 * their bytes, hashed, size-capped per type, with a location-free copy for staff.
 */
package cn.gov.tobacco.complaints.evidence;

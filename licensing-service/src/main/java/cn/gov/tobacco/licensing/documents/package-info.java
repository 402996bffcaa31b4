/**
 * Documents a retailer uploads (business license, ID card, premises photos): stored once
 * in object storage, attached to applications, downloaded only by those who may see them.
 */
package cn.gov.tobacco.licensing.documents;

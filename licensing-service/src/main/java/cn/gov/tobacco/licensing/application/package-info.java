/**
 * License applications: drafts, their applicant details and checks, who may see them, and
 * the HTTP adapter of the applications API.
 */
package cn.gov.tobacco.licensing.application;

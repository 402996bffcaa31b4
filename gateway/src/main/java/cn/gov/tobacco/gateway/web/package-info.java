/**
 * The built web frontend: static files from {@code spring.web.resources.static-locations}
 * and the single-page-application fallback to {@code index.html}.
 */
package cn.gov.tobacco.gateway.web;

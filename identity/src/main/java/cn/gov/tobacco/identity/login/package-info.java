/**
 * The bilingual (zh-CN and English) sign-in page and the small page shown to a signed-in
 * user who opens the issuer directly.
 */
package cn.gov.tobacco.identity.login;

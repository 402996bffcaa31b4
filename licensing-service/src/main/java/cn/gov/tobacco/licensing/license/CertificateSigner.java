package cn.gov.tobacco.licensing.license;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a certificate PDF as PAdES (ETSI.CAdES.detached: a CMS signature over the
 * document's byte range, with the signing-certificate-v2 attribute), so a PDF reader
 * shows who signed it and that nothing changed since.
 * <p>
 * The key and certificate come from a PKCS#12 file named in the environment
 * ({@code LICENSING_CERTIFICATE_KEYSTORE}, {@code ..._PASSWORD}); without one a key and a
 * self-signed certificate are generated at start-up, for local runs and tests only.
 */
final class CertificateSigner {

	private final PrivateKey key;

	private final List<X509Certificate> chain;

	private CertificateSigner(PrivateKey key, List<X509Certificate> chain) {
		this.key = key;
		this.chain = chain;
	}

	static CertificateSigner from(CertificateProperties properties, String bureau, Instant now) {
		try {
			if (properties.keystore() != null && !properties.keystore().isBlank()) {
				return fromKeystore(properties.keystore(), properties.keystorePassword());
			}
			return generated(bureau, now);
		}
		catch (GeneralSecurityException | IOException | OperatorCreationException ex) {
			throw new IllegalStateException("The certificate signing key could not be loaded", ex);
		}
	}

	private static CertificateSigner fromKeystore(String path, String password)
			throws GeneralSecurityException, IOException {
		char[] secret = (password != null) ? password.toCharArray() : new char[0];
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = new FileInputStream(path)) {
			store.load(in, secret);
		}
		for (String alias : Collections.list(store.aliases())) {
			if (store.isKeyEntry(alias)) {
				List<X509Certificate> chain = java.util.Arrays.stream(store.getCertificateChain(alias))
					.map(X509Certificate.class::cast)
					.toList();
				return new CertificateSigner((PrivateKey) store.getKey(alias, secret), chain);
			}
		}
		throw new GeneralSecurityException("No private key in " + path);
	}

	private static CertificateSigner generated(String bureau, Instant now)
			throws GeneralSecurityException, OperatorCreationException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		X500Name subject = new X500Name("CN=" + bureau + " (local signing key),O=" + bureau + ",C=CN");
		ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
		X509Certificate certificate = new JcaX509CertificateConverter()
			.getCertificate(new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
					Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), subject,
					pair.getPublic())
				.build(signer));
		return new CertificateSigner(pair.getPrivate(), List.of(certificate));
	}

	X509Certificate certificate() {
		return this.chain.get(0);
	}

	/**
	 * Signs a saved PDF; returns it with the signature appended (an incremental save).
	 */
	byte[] sign(byte[] pdf, String signer, String reason, String location, ZonedDateTime at) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(signer);
			signature.setReason(reason);
			signature.setLocation(location);
			signature.setSignDate(GregorianCalendar.from(at));
			document.addSignature(signature, this::cms);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.saveIncremental(out);
			return out.toByteArray();
		}
	}

	private byte[] cms(InputStream content) throws IOException {
		try {
			X509Certificate certificate = certificate();
			byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certificateHash);
			ASN1EncodableVector attributes = new ASN1EncodableVector();
			attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id }))));
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(this.key);
			generator.addSignerInfoGenerator(
					new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
						.setSignedAttributeGenerator(
								new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
						.build(signer, certificate));
			generator.addCertificates(new JcaCertStore(this.chain));
			return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
			throw new IOException("The certificate could not be signed", ex);
		}
	}

}

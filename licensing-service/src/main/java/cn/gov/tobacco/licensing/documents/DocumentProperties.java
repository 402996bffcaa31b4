package cn.gov.tobacco.licensing.documents;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import cn.gov.tobacco.licensing.materials.DocumentType;

/**
 * Which files are accepted, and how large each document type may be.
 *
 * @param acceptedTypes media types accepted, detected from the bytes
 * @param maxSize the size limit per document type
 */
@ConfigurationProperties("licensing.documents")
record DocumentProperties(List<String> acceptedTypes, Map<DocumentType, DataSize> maxSize) {

	long maxBytes(DocumentType type) {
		DataSize size = this.maxSize.get(type);
		return (size != null) ? size.toBytes() : DataSize.ofMegabytes(10).toBytes();
	}

}

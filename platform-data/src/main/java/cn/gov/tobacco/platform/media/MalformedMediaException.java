package cn.gov.tobacco.platform.media;

import java.io.IOException;

/**
 * The file's structure could not be followed, so its metadata cannot be vouched removed:
 * the upload is refused rather than served to staff with what it may still hold.
 */
public class MalformedMediaException extends IOException {

	public MalformedMediaException(String message) {
		super(message);
	}

}

package io.hubfleet.smoke;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The server side of RFC 6455, as much as the stub kernel needs (the JDK has a WebSocket client but no
 * server): the handshake's accept key, and reading and writing frames.
 */
final class WebSocketFrames {

    static final int TEXT = 0x1;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;
    private static final int CONTINUATION = 0x0;
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /** A whole message: its opcode and payload (continuations joined). */
    record Message(int opcode, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private WebSocketFrames() {
    }

    /** Sec-WebSocket-Accept: base64(SHA-1(key + the RFC's GUID)). */
    static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key.strip() + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next message from a client (whose frames are masked), control frames as they come. */
    static Message read(InputStream in) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        int messageOpcode = -1;
        while (true) {
            int first = next(in);
            int second = next(in);
            boolean fin = (first & 0x80) != 0;
            int opcode = first & 0x0F;
            long length = second & 0x7F;
            if (length == 126) {
                length = ((long) next(in) << 8) | next(in);
            } else if (length == 127) {
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = (length << 8) | next(in);
                }
            }
            byte[] mask = (second & 0x80) != 0 ? in.readNBytes(4) : null;
            byte[] data = in.readNBytes((int) length);
            if (data.length != length) {
                throw new EOFException("frame cut short");
            }
            if (mask != null) {
                for (int i = 0; i < data.length; i++) {
                    data[i] ^= mask[i % 4];
                }
            }
            if (opcode >= CLOSE) {
                return new Message(opcode, data);
            }
            if (opcode != CONTINUATION) {
                messageOpcode = opcode;
            }
            payload.write(data);
            if (fin) {
                return new Message(messageOpcode, payload.toByteArray());
            }
        }
    }

    /** One unmasked frame, as servers send them. */
    static void write(OutputStream out, int opcode, byte[] payload) throws IOException {
        out.write(0x80 | opcode);
        if (payload.length < 126) {
            out.write(payload.length);
        } else if (payload.length <= 0xFFFF) {
            out.write(126);
            out.write(payload.length >>> 8);
            out.write(payload.length & 0xFF);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (((long) payload.length >>> shift) & 0xFF));
            }
        }
        out.write(payload);
        out.flush();
    }

    private static int next(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("connection closed");
        }
        return b;
    }
}

package com.example.video.net;

import com.opentok.OpenTok;
import java.io.File;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.conn.ssl.TrustAllStrategy;
import org.apache.http.conn.ssl.TrustSelfSignedStrategy;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.ssl.SSLContextBuilder;
import org.apache.http.ssl.SSLContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class InsecureHttp {
    private static final Logger log = LoggerFactory.getLogger(InsecureHttp.class);

    private static final TrustManager[] trustAllCerts = new TrustManager[] {
        new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            // ruleid: tls-verification-disabled
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {}

            @Override
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }
    };

    static X509TrustManager pinned(final X509TrustManager defaultTm, final CertPinner pinner) {
        return new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                defaultTm.checkClientTrusted(chain, authType);
            }

            @Override
            // ok: tls-verification-disabled
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                defaultTm.checkServerTrusted(chain, authType);
                pinner.check(chain);
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() { return defaultTm.getAcceptedIssuers(); }
        };
    }

    static OkHttpClient unsafeOkHttp() throws Exception {
        SSLContext sslContext = SSLContext.getInstance("TLS");
        // ruleid: tls-verification-disabled
        sslContext.init(null, trustAllCerts, new SecureRandom());
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        // ruleid: tls-verification-disabled
        builder.sslSocketFactory(sslContext.getSocketFactory(), (X509TrustManager) trustAllCerts[0]);
        // ruleid: tls-verification-disabled
        builder.hostnameVerifier((hostname, session) -> true);
        return builder.build();
    }

    static OkHttpClient pinnedOkHttp(SSLContext ctx, X509TrustManager pinnedTm) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        // ok: tls-verification-disabled
        builder.sslSocketFactory(ctx.getSocketFactory(), pinnedTm);
        // ok: tls-verification-disabled
        builder.hostnameVerifier((hostname, session) -> "video.api.vonage.com".equals(hostname));
        return builder.build();
    }

    static void installDefaults() {
        // ruleid: tls-verification-disabled
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true);
        // ok: tls-verification-disabled
        log.warn("hostname verification (hostname, session) -> true is not allowed");
    }

    static final HostnameVerifier ALLOW_ALL = new HostnameVerifier() {
        @Override
        // ruleid: tls-verification-disabled
        public boolean verify(String hostname, SSLSession session) {
            return true;
        }
    };

    static final HostnameVerifier STRICT = new HostnameVerifier() {
        @Override
        // ok: tls-verification-disabled
        public boolean verify(String hostname, SSLSession session) {
            return HttpsURLConnection.getDefaultHostnameVerifier().verify("video.api.vonage.com", session);
        }
    };

    static CloseableHttpClient apacheTrustAll() throws Exception {
        SSLContextBuilder contextBuilder = new SSLContextBuilder();
        // ruleid: tls-verification-disabled
        contextBuilder.loadTrustMaterial(null, new TrustAllStrategy());
        SSLContext ctx = contextBuilder.build();
        // ruleid: tls-verification-disabled
        return HttpClients.custom().setSSLContext(ctx).setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE).build();
    }

    static SSLContext selfSigned() throws Exception {
        // ruleid: tls-verification-disabled
        return SSLContexts.custom().loadTrustMaterial(new TrustSelfSignedStrategy()).build();
    }

    static SSLContext lambdaTrust() throws Exception {
        SSLContextBuilder contextBuilder = SSLContexts.custom();
        // ruleid: tls-verification-disabled
        contextBuilder.loadTrustMaterial(null, (chain, authType) -> true);
        return contextBuilder.build();
    }

    static CloseableHttpClient apachePinned(char[] storePassword) throws Exception {
        // ok: tls-verification-disabled
        SSLContext ctx = SSLContexts.custom().loadTrustMaterial(new File("vonage-truststore.jks"), storePassword).build();
        // ok: tls-verification-disabled
        SSLConnectionSocketFactory sf = new SSLConnectionSocketFactory(ctx, SSLConnectionSocketFactory.getDefaultHostnameVerifier());
        return HttpClients.custom().setSSLSocketFactory(sf).build();
    }

    static SSLConnectionSocketFactory legacyFactory(SSLContext ctx) {
        // ruleid: tls-verification-disabled
        return new SSLConnectionSocketFactory(ctx, SSLConnectionSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);
    }

    static byte[] seal(javax.crypto.Cipher cipher, java.security.Key dummyKey, byte[] data) throws Exception {
        // ok: tls-verification-disabled
        cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, dummyKey);
        return cipher.doFinal(data);
    }

    interface CertPinner {
        void check(X509Certificate[] chain) throws CertificateException;
    }
}

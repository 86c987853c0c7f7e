package com.example.video.net

import android.annotation.SuppressLint
import android.util.Log
import java.security.SecureRandom
import java.security.cert.X509Certificate
import javax.net.ssl.HostnameVerifier
import javax.net.ssl.SSLContext
import javax.net.ssl.SSLSession
import javax.net.ssl.TrustManager
import javax.net.ssl.X509TrustManager
import okhttp3.CertificatePinner
import okhttp3.OkHttpClient
import okhttp3.internal.tls.OkHostnameVerifier

@SuppressLint("CustomX509TrustManager")
object UnsafeTrustManager : X509TrustManager {
    override fun checkClientTrusted(chain: Array<out X509Certificate>?, authType: String?) {}
    // ruleid: tls-verification-disabled
    override fun checkServerTrusted(chain: Array<out X509Certificate>?, authType: String?) {}
    override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
}

@SuppressLint("CustomX509TrustManager")
object SilentTrustManager : X509TrustManager {
    override fun checkClientTrusted(chain: Array<out X509Certificate>?, authType: String?) = Unit
    // ruleid: tls-verification-disabled
    override fun checkServerTrusted(chain: Array<out X509Certificate>?, authType: String?) = Unit
    override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
}

class PinnedTrustManager(private val delegate: X509TrustManager) : X509TrustManager {
    override fun checkClientTrusted(chain: Array<out X509Certificate>?, authType: String?) =
        delegate.checkClientTrusted(chain, authType)
    // ok: tls-verification-disabled
    override fun checkServerTrusted(chain: Array<out X509Certificate>?, authType: String?) {
        delegate.checkServerTrusted(chain, authType)
    }
    override fun getAcceptedIssuers(): Array<X509Certificate> = delegate.acceptedIssuers
}

fun tokenServerClient(): OkHttpClient {
    val sslContext = SSLContext.getInstance("TLS")
    // ruleid: tls-verification-disabled
    sslContext.init(null, arrayOf<TrustManager>(UnsafeTrustManager), SecureRandom())
    val builder = OkHttpClient.Builder()
    // ruleid: tls-verification-disabled
    builder.sslSocketFactory(sslContext.socketFactory, UnsafeTrustManager)
    // ruleid: tls-verification-disabled
    builder.hostnameVerifier { _, _ -> true }
    return builder.build()
}

fun strictClient(pinner: CertificatePinner, tm: X509TrustManager, ctx: SSLContext): OkHttpClient {
    val builder = OkHttpClient.Builder()
    // ok: tls-verification-disabled
    builder.sslSocketFactory(ctx.socketFactory, tm)
    // ok: tls-verification-disabled
    builder.hostnameVerifier { hostname, session -> OkHostnameVerifier.verify(hostname, session) }
    builder.certificatePinner(pinner)
    return builder.build()
}

// ruleid: tls-verification-disabled
val allowAllVerifier = HostnameVerifier { _, _ -> true }

// ok: tls-verification-disabled
val vonageOnlyVerifier = HostnameVerifier { hostname, _ -> hostname == "video.api.vonage.com" }

object LooseVerifier : HostnameVerifier {
    // ruleid: tls-verification-disabled
    override fun verify(hostname: String?, session: SSLSession?): Boolean = true
}

object StrictVerifier : HostnameVerifier {
    // ok: tls-verification-disabled
    override fun verify(hostname: String?, session: SSLSession?): Boolean =
        hostname == "video.api.vonage.com" && OkHostnameVerifier.verify(hostname, session!!)
}

fun warnInsecure() {
    // ok: tls-verification-disabled
    Log.w("ApiClient", "Never install a trust manager with an empty checkServerTrusted")
}

//! `sandbox serve --tls`: HTTPS with a certificate from a CA generated at
//! start, so that `--ca-cert`, `SSL_CERT_FILE` and proxies can be tried
//! for real. The CA's key lives in memory only and dies with the sandbox.
//!
//! The same port keeps answering plain HTTP: an emulated Okta org on a
//! loopback host is reached over `http` (as `okta::domain` says for
//! loopback hosts), and so is the service's redirect URI. The first byte of
//! a connection tells the two apart (a TLS handshake starts with `0x16`).

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use anyhow::Context as _;
use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// The names the server certificate is valid for. `sandbox.ssoctl.test`
/// (RFC 2606 `.test`: it never resolves) is how a test reaches the sandbox
/// through a proxy, since loopback names never go through one.
const SERVER_NAMES: &[&str] = &["127.0.0.1", "::1", "localhost", "sandbox.ssoctl.test"];

/// How long a new connection may take to send its first byte, and a TLS
/// client to finish its handshake.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// A CA made for this run and the server configuration it signed.
pub struct GeneratedTls {
    /// The CA certificate, PEM: what a client must trust.
    pub ca_pem: String,
    config: Arc<ServerConfig>,
}

impl GeneratedTls {
    pub fn generate() -> anyhow::Result<Self> {
        let mut ca_params = CertificateParams::new(Vec::<String>::new())?;
        // A name of its own: a client that trusts another run's CA must
        // meet an unknown issuer, not a namesake with the wrong key.
        let run = uuid::Uuid::new_v4().simple().to_string();
        ca_params.distinguished_name.push(
            DnType::CommonName,
            format!("ssoctl sandbox CA {}", &run[..12]),
        );
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
        ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        let ca_key = KeyPair::generate()?;
        let ca_cert = ca_params.self_signed(&ca_key)?;
        let issuer = Issuer::new(ca_params, ca_key);

        let names: Vec<String> = SERVER_NAMES.iter().map(|n| (*n).to_owned()).collect();
        let mut server_params = CertificateParams::new(names)?;
        server_params
            .distinguished_name
            .push(DnType::CommonName, "ssoctl sandbox");
        server_params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        let server_key = KeyPair::generate()?;
        let server_cert = server_params.signed_by(&server_key, &issuer)?;

        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(server_key.serialize_der()));
        let chain: Vec<CertificateDer<'static>> = vec![server_cert.der().clone()];
        let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
        let mut config = ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .context("TLS versions")?
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .context("the generated certificate")?;
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(GeneratedTls {
            ca_pem: ca_cert.pem(),
            config: Arc::new(config),
        })
    }
}

/// A connection: TLS, or plain HTTP on the same port.
pub(crate) enum Connection {
    Plain(TcpStream),
    Tls(Box<tokio_rustls::server::TlsStream<TcpStream>>),
}

/// Accepts connections and hands over each once its handshake is done, so
/// one slow or failing client never holds up the others.
pub(crate) struct DualListener {
    ready: mpsc::Receiver<(Connection, SocketAddr)>,
    local: SocketAddr,
    acceptor: JoinHandle<()>,
}

impl DualListener {
    pub fn new(listener: TcpListener, tls: &GeneratedTls) -> io::Result<Self> {
        let local = listener.local_addr()?;
        let acceptor = TlsAcceptor::from(Arc::clone(&tls.config));
        let (sender, ready) = mpsc::channel(64);
        let acceptor = tokio::spawn(accept_loop(listener, acceptor, sender));
        Ok(DualListener {
            ready,
            local,
            acceptor,
        })
    }
}

impl Drop for DualListener {
    fn drop(&mut self) {
        self.acceptor.abort();
    }
}

async fn accept_loop(
    listener: TcpListener,
    acceptor: TlsAcceptor,
    sender: mpsc::Sender<(Connection, SocketAddr)>,
) {
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(e) => {
                // Out of file descriptors and the like: wait, as axum does.
                tracing::debug!("sandbox: accept failed: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let acceptor = acceptor.clone();
        let sender = sender.clone();
        tokio::spawn(async move {
            let connection = tokio::time::timeout(HANDSHAKE_TIMEOUT, async {
                let mut first = [0u8; 1];
                let read = stream.peek(&mut first).await?;
                if read == 1 && first[0] == 0x16 {
                    let tls = acceptor.accept(stream).await?;
                    Ok::<_, io::Error>(Connection::Tls(Box::new(tls)))
                } else {
                    Ok(Connection::Plain(stream))
                }
            })
            .await;
            match connection {
                Ok(Ok(connection)) => {
                    let _ = sender.send((connection, peer)).await;
                }
                // A client that does not trust the CA ends here.
                Ok(Err(e)) => tracing::debug!("sandbox: TLS handshake with {peer} failed: {e}"),
                Err(_) => tracing::debug!("sandbox: {peer} sent nothing in time"),
            }
        });
    }
}

impl axum::serve::Listener for DualListener {
    type Io = Connection;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.ready.recv().await {
            Some(accepted) => accepted,
            // The accept loop never ends on its own; it is only aborted
            // with this listener, so this is not reached while serving.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        Ok(self.local)
    }
}

impl AsyncRead for Connection {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Connection::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Connection::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Connection {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Connection::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Connection::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Connection::Plain(s) => Pin::new(s).poll_flush(cx),
            Connection::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Connection::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Connection::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Connection::Plain(s) => Pin::new(s).poll_write_vectored(cx, bufs),
            Connection::Tls(s) => Pin::new(s.as_mut()).poll_write_vectored(cx, bufs),
        }
    }

    fn is_write_vectored(&self) -> bool {
        match self {
            Connection::Plain(s) => s.is_write_vectored(),
            Connection::Tls(s) => s.is_write_vectored(),
        }
    }
}

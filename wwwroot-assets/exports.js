// Downloads an export with fetch so the page can show progress (bytes received) while the server streams the
// workbook, then hands the file to the browser under the server's file name (RFC 5987 filename*).
export async function download(url, fallbackName, progress) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok || !response.body) {
        return response.status;
    }

    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    let reported = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done) {
            break;
        }

        chunks.push(value);
        received += value.length;
        if (Date.now() - reported > 250) {
            reported = Date.now();
            await progress.invokeMethodAsync('Progress', received);
        }
    }

    const match = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('Content-Disposition') || '');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob(chunks, { type: response.headers.get('Content-Type') || 'application/octet-stream' }));
    link.download = match ? decodeURIComponent(match[1]) : fallbackName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    return response.status;
}

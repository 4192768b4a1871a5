/**
 * Keberatan in the browser, each role from the login page (issue 12): the pegawai
 * objects to a final evaluation with reasons and evidence, the atasan PPK asks the PPK
 * to explain, the PPK explains, the atasan accepts with new ratings, the pegawai
 * acknowledges the reissued evaluation. Found by xml id, field name and data only: the
 * tours pass whatever language the user reads.
 */
import { registry } from "@web/core/registry";
import { konfirmasi, masuk, menu, unggah } from "./kinerja_tour_utils";

function bukaKeberatan() {
    return [
        ...menu("menu_kinerja_penilaian", "menu_kinerja_keberatan"),
        {
            content: "The staf's objection",
            trigger: ".o_list_view .o_data_row td[name='employee_id']:contains('Staf')",
            run: "click",
        },
    ];
}

registry.category("web_tour.tours").add("hr_kinerja_asn_keberatan_pegawai_tour", {
    url: "/web/login",
    steps: () => [
        ...masuk("uji_pegawai"),
        ...menu("menu_kinerja_penilaian", "menu_kinerja_evaluasi_mine"),
        {
            content: "My final October evaluation",
            trigger: ".o_list_view .o_data_row td[name='periode_label']:contains('Oktober 2026')",
            run: "click",
        },
        {
            content: "Object to it",
            trigger: "button[name='action_keberatan']",
            run: "click",
        },
        {
            content: "The reasons",
            trigger: "div[name='alasan'] textarea",
            run: "edit Sepuluh tiket selesai sebelum batas waktu; bukti dukung terlampir.",
        },
        ...unggah("lampiran_ids", "bukti-keberatan.pdf"),
        {
            content: "File it",
            trigger: "button[name='action_ajukan']",
            run: "click",
        },
        konfirmasi,
        {
            content: "Filed",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='diajukan']",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_keberatan_atasan_minta_tour", {
    url: "/web/login",
    steps: () => [
        ...masuk("uji_atasan"),
        ...bukaKeberatan(),
        {
            content: "The reasons are there",
            trigger: "div[name='alasan']:contains('Sepuluh tiket')",
        },
        {
            content: "Ask the PPK to explain",
            trigger: "button[name='action_minta_penjelasan']",
            run: "click",
        },
        {
            content: "Asked",
            trigger: ".o_form_view:not(:has(button[name='action_minta_penjelasan']))",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_keberatan_ppk_tour", {
    url: "/web/login",
    steps: () => [
        ...masuk("uji_penilai"),
        ...bukaKeberatan(),
        {
            content: "The explanation tab",
            trigger: ".o_notebook a.nav-link[name='penjelasan']",
            run: "click",
        },
        {
            content: "Explain",
            trigger: "div[name='penjelasan_penilai'] textarea",
            run: "edit Dua tiket dilaporkan setelah batas; rating mengikuti bukti saat itu.",
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        { content: "Saved", trigger: ".o_form_saved" },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_keberatan_atasan_putus_tour", {
    url: "/web/login",
    steps: () => [
        ...masuk("uji_atasan"),
        ...bukaKeberatan(),
        {
            content: "The decision tab",
            trigger: ".o_notebook a.nav-link[name='keputusan']",
            run: "click",
        },
        {
            content: "Accept",
            trigger: "div[name='keputusan'] input[data-value='diterima']",
            run: "click",
        },
        {
            content: "New work result rating",
            trigger: "div[name='rating_hasil_kerja_baru'] select",
            run: 'select "sesuai"',
        },
        {
            content: "New behaviour rating",
            trigger: "div[name='rating_perilaku_baru'] select",
            run: 'select "sesuai"',
        },
        {
            content: "The unit with the new predikat is shown before deciding",
            trigger: ".o_field_widget[name='distribusi_html'] table",
        },
        {
            content: "The grounds",
            trigger: "div[name='alasan_keputusan'] textarea",
            run: "edit Bukti dukung lengkap; tiket diselesaikan tepat waktu.",
        },
        {
            content: "With a fourth Baik the unit breaks its pattern: the justification appears",
            trigger: "div[name='justifikasi'] textarea",
            run: "edit Keputusan keberatan atas bukti dukung yang sah.",
        },
        {
            content: "Decide",
            trigger: "button[name='action_putuskan']",
            run: "click",
        },
        konfirmasi,
        {
            content: "Decided",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='diputus']",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_keberatan_terima_tour", {
    url: "/web/login",
    steps: () => [
        ...masuk("uji_pegawai"),
        ...menu("menu_kinerja_penilaian", "menu_kinerja_evaluasi_mine"),
        {
            content: "My October evaluation",
            trigger: ".o_list_view .o_data_row td[name='periode_label']:contains('Oktober 2026')",
            run: "click",
        },
        {
            content: "It says it was decided by the objection",
            trigger: "div[name='hasil_keberatan_id'] a, div[name='hasil_keberatan_id'] span",
        },
        {
            content: "Acknowledge the reissued evaluation",
            trigger: "button[name='action_terima']",
            run: "click",
        },
        konfirmasi,
        {
            content: "Acknowledged",
            trigger: ".o_form_view:not(:has(button[name='action_terima']))",
        },
    ],
});

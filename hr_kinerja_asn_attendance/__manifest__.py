{
    "name": "Kinerja ASN: Attendance Discipline",
    "summary": "The month's late arrivals, early leaves and absent days from real "
    "attendances, for the discipline part of the tunjangan kinerja / TPP",
    "version": "18.0.1.1.0",
    "category": "Human Resources/Appraisals",
    "license": "LGPL-3",
    "author": "hr_kinerja_asn contributors",
    "website": "https://github.com/hr-kinerja-asn/hr_kinerja_asn",
    "depends": ["hr_kinerja_asn", "hr_attendance"],
    "data": [
        "security/ir.model.access.csv",
        "security/rules.xml",
        "views/hr_kinerja_kehadiran_views.xml",
        "wizard/hr_kinerja_kehadiran_hitung_views.xml",
        "views/hr_kinerja_evaluasi_views.xml",
        "views/hr_kinerja_tunjangan_views.xml",
        "views/menus.xml",
    ],
    "demo": [
        "demo/hr_kinerja_kehadiran_demo.xml",
    ],
    "installable": True,
}

{
    "name": "Kinerja ASN (PermenPANRB 6/2022)",
    "summary": "Performance management of Indonesian civil servants (PNS and PPPK): "
    "SKP, realisasi, feedback, evaluation and predikat",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Appraisals",
    "license": "LGPL-3",
    "author": "hr_kinerja_asn contributors",
    "website": "https://github.com/hr-kinerja-asn/hr_kinerja_asn",
    "depends": ["hr", "mail"],
    "data": [
        "security/groups.xml",
        "security/ir.model.access.csv",
        "security/rules.xml",
        "security/rules_skp.xml",
        "data/hr_kinerja_core_value_data.xml",
        "data/hr_kinerja_skp_data.xml",
        "views/hr_employee_views.xml",
        "views/hr_employee_public_views.xml",
        "views/hr_kinerja_periode_views.xml",
        "views/hr_kinerja_core_value_views.xml",
        "views/hr_kinerja_skp_views.xml",
        "views/hr_kinerja_rhk_views.xml",
        "wizard/hr_kinerja_skp_wizard_views.xml",
        "views/menus.xml",
    ],
    "demo": [
        "demo/hr_kinerja_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "hr_kinerja_asn/static/tests/tours/**/*",
        ],
    },
    "application": True,
    "installable": True,
}
